package dev.retort.diff.reflect;

import java.util.List;

/**
 * The five pg_catalog statements {@link PostgresCatalogReflector} runs, whatever the number of tables.
 * Each takes one parameter, the schema names as a {@code text[]}, and reads every object of those
 * schemas at once. The reflector reads the result columns by position, in the order written here.
 */
final class CatalogQueries {

    /** oid, schema, name, comment of every ordinary and partitioned table. */
    static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, d.description
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d
              ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            """;

    /**
     * table oid, name, type, not null, default, identity kind, comment of every live column, in
     * column order. A generated column's expression is not a default, so it reads as none.
     */
    static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   a.attidentity, ds.description
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_description ds
              ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;

    /**
     * table oid, name, kind (p, u, c, f), key columns in key order (not for checks), referenced
     * schema, table and columns (foreign keys), delete and update action codes, check definition.
     */
    static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype,
                   CASE WHEN con.contype <> 'c' THEN ARRAY(
                     SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                     ORDER BY k.ord) END,
                   rn.nspname, rc.relname,
                   CASE WHEN con.contype = 'f' THEN ARRAY(
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
     * One row per key of every index that backs no primary key, unique or exclusion constraint:
     * table oid, index oid, index name, unique, predicate, key (the column name, or the expression
     * text), descending (btree only). Rows of one index are adjacent and in key order.
     */
    static final String INDEXES = """
            SELECT ix.indrelid, ix.indexrelid, i.relname, ix.indisunique, pg_get_expr(ix.indpred, ix.indrelid),
                   CASE WHEN ix.indkey[k.pos - 1] = 0 THEN pg_get_indexdef(ix.indexrelid, k.pos, false)
                        ELSE a.attname END,
                   am.amname = 'btree' AND (ix.indoption[k.pos - 1] & 1) = 1
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            CROSS JOIN LATERAL generate_series(1, ix.indnkeyatts::int) AS k(pos)
            LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.pos - 1]
            WHERE t.relkind IN ('r', 'p') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY ix.indexrelid, k.pos
            """;

    /**
     * schema, name, type, start, increment, min, max, cache, cycle of every sequence that no column
     * owns (identity columns own theirs with a dependency of type i, serial columns with type a).
     */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend dep
                              WHERE dep.classid = 'pg_class'::regclass AND dep.objid = s.seqrelid
                                AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0
                                AND dep.deptype IN ('a', 'i'))
            """;

    /** All five, in the order the reflector runs them. */
    static final List<String> ALL = List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES);

    private CatalogQueries() {
    }
}
