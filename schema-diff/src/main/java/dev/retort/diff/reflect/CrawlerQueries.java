package dev.retort.diff.reflect;

import java.util.EnumMap;
import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * The pg_catalog SQL that stands in for SchemaCrawler's missing PostgreSQL plugin: the four
 * catalogue-wide data-dictionary queries (table columns, primary keys, foreign keys, indexes) and the
 * information-schema views for constraints, check clauses, constraint columns, constraint
 * definitions, index definitions and sequences. Each returns the labels SchemaCrawler reads (other
 * labels become attributes of the object). The schema names are written into the SQL as literals
 * rather than through SchemaCrawler's {@code ${schema-inclusion-rule}} regex, so that no name can
 * break the statement.
 */
final class CrawlerQueries {
    /** Attribute of a column: {@code format_type(atttypid, atttypmod)}. */
    static final String FORMATTED_TYPE = "FORMATTED_TYPE";
    /** Attribute of a column: {@code pg_attribute.attidentity} ({@code a}, {@code d} or empty). */
    static final String IDENTITY_GENERATION = "IDENTITY_GENERATION";
    /** Attribute of a check constraint: {@code pg_get_constraintdef} (S11: the check clause may be dropped). */
    static final String CONSTRAINT_DEFINITION = "CONSTRAINT_DEFINITION";
    /** Attribute of a sequence: its type name. */
    static final String SEQUENCE_TYPE = "SEQUENCE_TYPE";
    /** Attribute of a sequence: its cache size. */
    static final String CACHE_SIZE = "CACHE_SIZE";
    /** Attribute of a column: {@code YES} for a serial column ({@link CatalogQueries#SERIAL}). */
    static final String SERIAL_COLUMN = "SERIAL_COLUMN";
    /** Attribute of a sequence: the table of the column that owns it, or null. */
    static final String OWNER_TABLE = "OWNER_TABLE";
    /** Attribute of a sequence: the column that owns it, or null. */
    static final String OWNER_COLUMN = "OWNER_COLUMN";

    private CrawlerQueries() {
    }

    /** The SQL for every key SchemaCrawler is given, for the schemas in {@code inList} (a literal list). */
    static Map<InformationSchemaKey, String> forSchemas(String inList) {
        Map<InformationSchemaKey, String> sql = new EnumMap<>(InformationSchemaKey.class);
        sql.put(InformationSchemaKey.TABLE_COLUMNS, """
                SELECT current_database() AS TABLE_CAT, x.nspname AS TABLE_SCHEM, x.relname AS TABLE_NAME,
                  x.attname AS COLUMN_NAME,
                  CASE WHEN x.typelem <> 0 AND x.typlen = -1 THEN 2003
                       ELSE CASE x.typname WHEN 'int2' THEN 5 WHEN 'int4' THEN 4 WHEN 'int8' THEN -5
                         WHEN 'numeric' THEN 2 WHEN 'float4' THEN 7 WHEN 'float8' THEN 8 WHEN 'bpchar' THEN 1
                         WHEN 'varchar' THEN 12 WHEN 'text' THEN 12 WHEN 'bool' THEN -7 WHEN 'bytea' THEN -2
                         WHEN 'date' THEN 91 WHEN 'time' THEN 92 WHEN 'timestamp' THEN 93
                         WHEN 'timestamptz' THEN 93 ELSE 1111 END END AS DATA_TYPE,
                  x.typname AS TYPE_NAME,
                  CASE WHEN x.attnotnull THEN 0 ELSE 1 END AS NULLABLE,
                  x.remarks AS REMARKS, x.def AS COLUMN_DEF, x.attnum AS ORDINAL_POSITION,
                  CASE WHEN x.attidentity <> '' OR x.def LIKE 'nextval(%' THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,
                  CASE WHEN x.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN,
                  x.formatted AS FORMATTED_TYPE, x.attidentity AS IDENTITY_GENERATION,
                  CASE WHEN x.serial THEN 'YES' ELSE 'NO' END AS SERIAL_COLUMN
                FROM (
                  SELECT n.nspname, c.relname, a.attname, a.attnum, a.attnotnull, a.attidentity, a.attgenerated,
                    t.typname, t.typelem, t.typlen, format_type(a.atttypid, a.atttypmod) AS formatted,
                    CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS def,
                    ds.description AS remarks,
                """ + CatalogQueries.SERIAL + """
                      AS serial
                  FROM pg_attribute a
                  JOIN pg_class c ON c.oid = a.attrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_type t ON t.oid = a.atttypid
                  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                  LEFT JOIN pg_description ds
                    ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
                  WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                    AND n.nspname IN\s""" + inList + ") x");
        sql.put(InformationSchemaKey.PRIMARY_KEYS, """
                SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
                  a.attname AS COLUMN_NAME, k.seq AS KEY_SEQ, con.conname AS PK_NAME
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, seq)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                WHERE con.contype = 'p' AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.FOREIGN_KEYS, """
                SELECT current_database() AS PKTABLE_CAT, pn.nspname AS PKTABLE_SCHEM, pc.relname AS PKTABLE_NAME,
                  pa.attname AS PKCOLUMN_NAME, current_database() AS FKTABLE_CAT, fn.nspname AS FKTABLE_SCHEM,
                  fc.relname AS FKTABLE_NAME, fa.attname AS FKCOLUMN_NAME, k.seq AS KEY_SEQ,
                  CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'n' THEN 2 WHEN 'd' THEN 4 WHEN 'r' THEN 1 ELSE 3 END
                    AS UPDATE_RULE,
                  CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'n' THEN 2 WHEN 'd' THEN 4 WHEN 'r' THEN 1 ELSE 3 END
                    AS DELETE_RULE,
                  con.conname AS FK_NAME,
                  CASE WHEN con.condeferrable AND con.condeferred THEN 5
                       WHEN con.condeferrable THEN 6 ELSE 7 END AS DEFERRABILITY
                FROM pg_constraint con
                JOIN pg_class fc ON fc.oid = con.conrelid JOIN pg_namespace fn ON fn.oid = fc.relnamespace
                JOIN pg_class pc ON pc.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fk_attnum, pk_attnum, seq)
                JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fk_attnum
                JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pk_attnum
                WHERE con.contype = 'f' AND fn.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.INDEXES, """
                SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, t.relname AS TABLE_NAME,
                  NOT ix.indisunique AS NON_UNIQUE, i.relname AS INDEX_NAME,
                  CASE WHEN ix.indisclustered THEN 1 WHEN am.amname = 'hash' THEN 2 ELSE 3 END AS TYPE,
                  k.pos AS ORDINAL_POSITION,
                  CASE WHEN ix.indkey[k.pos - 1] = 0 THEN pg_get_indexdef(ix.indexrelid, k.pos, false)
                       ELSE a.attname END AS COLUMN_NAME,
                  CASE WHEN am.amname = 'btree' THEN
                    CASE WHEN ix.indoption[k.pos - 1] & 1 = 1 THEN 'D' ELSE 'A' END END AS ASC_OR_DESC,
                  pg_get_expr(ix.indpred, ix.indrelid) AS FILTER_CONDITION
                FROM pg_index ix
                JOIN pg_class i ON i.oid = ix.indexrelid
                JOIN pg_class t ON t.oid = ix.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                JOIN pg_am am ON am.oid = i.relam
                CROSS JOIN LATERAL generate_series(1, ix.indnkeyatts::int) AS k(pos)
                LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.pos - 1]
                WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con
                                  WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))
                  AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.TABLE_CONSTRAINTS, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  con.conname AS CONSTRAINT_NAME, c.relname AS TABLE_NAME,
                  CASE con.contype WHEN 'c' THEN 'CHECK' ELSE 'UNIQUE' END AS CONSTRAINT_TYPE,
                  CASE WHEN con.condeferrable THEN 'YES' ELSE 'NO' END AS IS_DEFERRABLE,
                  CASE WHEN con.condeferred THEN 'YES' ELSE 'NO' END AS INITIALLY_DEFERRED
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE con.contype IN ('c', 'u') AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.CHECK_CONSTRAINTS, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  con.conname AS CONSTRAINT_NAME, pg_get_constraintdef(con.oid) AS CHECK_CLAUSE
                FROM pg_constraint con
                JOIN pg_namespace n ON n.oid = con.connamespace
                WHERE con.contype = 'c' AND con.conrelid <> 0 AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  con.conname AS CONSTRAINT_NAME, c.relname AS TABLE_NAME, a.attname AS COLUMN_NAME,
                  k.seq AS ORDINAL_POSITION
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, seq)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                WHERE con.contype IN ('c', 'u') AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.EXT_TABLE_CONSTRAINTS, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  con.conname AS CONSTRAINT_NAME, c.relname AS TABLE_NAME, ds.description AS REMARKS,
                  pg_get_constraintdef(con.oid) AS CONSTRAINT_DEFINITION
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_description ds
                  ON ds.objoid = con.oid AND ds.classoid = 'pg_constraint'::regclass AND ds.objsubid = 0
                WHERE con.contype = 'c' AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.EXT_INDEXES, """
                SELECT current_database() AS INDEX_CATALOG, n.nspname AS INDEX_SCHEMA, t.relname AS TABLE_NAME,
                  i.relname AS INDEX_NAME, ds.description AS REMARKS,
                  pg_get_indexdef(ix.indexrelid) AS INDEX_DEFINITION
                FROM pg_index ix
                JOIN pg_class i ON i.oid = ix.indexrelid
                JOIN pg_class t ON t.oid = ix.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                LEFT JOIN pg_description ds
                  ON ds.objoid = ix.indexrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
                WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con
                                  WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))
                  AND n.nspname IN\s""" + inList);
        sql.put(InformationSchemaKey.SEQUENCES, """
                SELECT current_database() AS SEQUENCE_CATALOG, n.nspname AS SEQUENCE_SCHEMA,
                  c.relname AS SEQUENCE_NAME, s.seqincrement AS INCREMENT, s.seqstart AS START_VALUE,
                  s.seqmin AS MINIMUM_VALUE, s.seqmax AS MAXIMUM_VALUE,
                  CASE WHEN s.seqcycle THEN 'YES' ELSE 'NO' END AS CYCLE_OPTION,
                  format_type(s.seqtypid, NULL) AS SEQUENCE_TYPE, s.seqcache AS CACHE_SIZE,
                  oc.relname AS OWNER_TABLE, oa.attname AS OWNER_COLUMN
                FROM pg_sequence s
                JOIN pg_class c ON c.oid = s.seqrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_depend own
                  ON own.classid = 'pg_class'::regclass AND own.objid = s.seqrelid
                     AND own.refclassid = 'pg_class'::regclass AND own.refobjsubid > 0 AND own.deptype = 'a'
                LEFT JOIN pg_class oc ON oc.oid = own.refobjid
                LEFT JOIN pg_attribute oa ON oa.attrelid = own.refobjid AND oa.attnum = own.refobjsubid
                WHERE NOT EXISTS (SELECT 1 FROM pg_depend dep
                                  WHERE dep.classid = 'pg_class'::regclass AND dep.objid = s.seqrelid
                                    AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0
                                    AND dep.deptype = 'i')
                  AND n.nspname IN\s""" + inList);
        return sql;
    }
}
