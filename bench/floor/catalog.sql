-- The psql floor of the benchmark: everything a reflector needs to know about one schema, read
-- with five pg_catalog queries. bench/run runs it as
--   psql -X -q -v ON_ERROR_STOP=1 -v schema=public -f catalog.sql -o /dev/null
-- so the figure is one whole psql process: start, connect, five queries, rows formatted and dropped.
-- No ORDER BY: a reflector can sort what it needs on its side.

-- Tables, with their comments.
SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = :'schema' AND c.relkind IN ('r', 'p');

-- Columns: type, nullability, default, identity, comment.
SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
       pg_get_expr(d.adbin, d.adrelid) AS default_value, a.attidentity, a.attgenerated,
       col_description(c.oid, a.attnum) AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = :'schema' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped;

-- Constraints (primary keys, uniques, checks, foreign keys) with their definitions.
SELECT c.relname, con.conname, con.contype, con.conkey, con.confrelid::regclass AS referenced,
       con.confkey, pg_get_constraintdef(con.oid) AS definition
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = :'schema' AND con.contype IN ('p', 'u', 'c', 'f', 'x');

-- Indexes, with their definitions and the constraint each backs, if any.
SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique, ix.indkey,
       pg_get_indexdef(ix.indexrelid) AS definition, con.conname AS backs
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_constraint con ON con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x')
WHERE n.nspname = :'schema' AND t.relkind IN ('r', 'p');

-- Sequences, with the column that owns each, if any.
SELECT c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
       s.seqcache, s.seqcycle, dep.refobjid::regclass AS owned_by, dep.deptype
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = s.seqrelid
  AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
WHERE n.nspname = :'schema';
