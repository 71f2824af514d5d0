package dev.retort.diff.reflect;

import java.util.List;

/**
 * The five pg_catalog statements {@link PostgresCatalogReflector} runs, whatever the number of tables.
 * Each reads every object of the reflected schemas at once; every {@code ?} stands for the schema
 * names as one {@code text[]}. The statements leave to Java what costs the server per row: column
 * names behind attnums, sorting. The reflector reads the result columns by position, in the order
 * written here.
 */
final class CatalogQueries {

    /**
     * Whether a column of {@code pg_attribute a} with default {@code pg_attrdef d} is a serial column:
     * an integer column whose default is exactly {@code nextval('<seq>'::regclass)} of a sequence the
     * column owns ({@code pg_depend} type a). Shared with {@link CrawlerQueries}.
     */
    static final String SERIAL = """
              (d.adbin IS NOT NULL AND a.attgenerated = '' AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
               AND EXISTS (SELECT 1 FROM pg_depend own
                           WHERE own.refclassid = 'pg_class'::regclass AND own.refobjid = a.attrelid
                             AND own.refobjsubid = a.attnum AND own.classid = 'pg_class'::regclass
                             AND own.deptype = 'a'
                             AND pg_get_expr(d.adbin, d.adrelid)
                                 = 'nextval(' || quote_literal(own.objid::regclass::text) || '::regclass)'))
            """;

    /**
     * oid, schema, name, comment, kind of every ordinary and partitioned table, and of every view and
     * materialized view (kind {@code v} or {@code m}; only their names go into the model).
     */
    static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, d.description, c.relkind
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d
              ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY (?)
            """;

    /**
     * table oid, attnum, name, type, not null, default, identity kind, comment of every live column,
     * and whether it is a serial column ({@link #SERIAL}). A generated column's expression is not a
     * default, so it reads as none. Unordered: the reflector puts each table's columns in attnum order.
     */
    static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   a.attidentity, ds.description,
            """ + CatalogQueries.SERIAL + """
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_description ds
              ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
            """;

    /**
     * table oid, name, kind (p, u, c, f), key attnums in key order (space-separated), referenced
     * table oid, schema and name, referenced attnums, referenced column names (only when the referenced
     * table lies outside the reflected schemas, whose columns the reflector has not read), delete and
     * update action codes, check definition. Takes the schema names twice.
     */
    static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype, array_to_string(con.conkey, ' '),
                   con.confrelid, rn.nspname, rc.relname, array_to_string(con.confkey, ' '),
                   CASE WHEN con.contype = 'f' AND NOT (rn.nspname = ANY (?)) THEN ARRAY(
                     SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                     ORDER BY k.ord) END,
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'u', 'c', 'f') AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            """;

    /**
     * table oid, name, unique, number of key columns, key attnums (0 for an expression), key options
     * (bit 1 = descending), btree, predicate, and for indexes with expressions the text of every key,
     * of every index that backs no primary key, unique or exclusion constraint.
     */
    static final String INDEXES = """
            SELECT ix.indrelid, i.relname, ix.indisunique, ix.indnkeyatts, ix.indkey::text, ix.indoption::text,
                   am.amname = 'btree', pg_get_expr(ix.indpred, ix.indrelid),
                   CASE WHEN ix.indexprs IS NOT NULL THEN ARRAY(
                     SELECT pg_get_indexdef(ix.indexrelid, k, false)
                     FROM generate_series(1, ix.indnkeyatts::int) AS k ORDER BY k) END
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            WHERE t.relkind IN ('r', 'p') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))
            """;

    /**
     * schema, name, type, start, increment, min, max, cache, cycle, and the owning table and column
     * (null for none) of every sequence but those of identity columns (which own theirs with a
     * dependency of type i; serial columns and {@code OWNED BY} own theirs with type a).
     */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle, oc.relname, oa.attname
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend own
              ON own.classid = 'pg_class'::regclass AND own.objid = s.seqrelid
                 AND own.refclassid = 'pg_class'::regclass AND own.refobjsubid > 0 AND own.deptype = 'a'
            LEFT JOIN pg_class oc ON oc.oid = own.refobjid
            LEFT JOIN pg_attribute oa ON oa.attrelid = own.refobjid AND oa.attnum = own.refobjsubid
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend dep
                              WHERE dep.classid = 'pg_class'::regclass AND dep.objid = s.seqrelid
                                AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0
                                AND dep.deptype = 'i')
            """;

    /** All five, in the order the reflector runs them. */
    static final List<String> ALL = List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES);

    private CatalogQueries() {
    }
}
