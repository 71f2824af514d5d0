package dev.retort.scanner;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testkit.TestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a test database's user schemas from pg_catalog with plain JDBC into a {@link SchemaModel}:
 * defaults as {@code pg_get_expr} prints them, check expressions as {@code pg_get_constraintdef},
 * sequences owned by identity or serial columns left out, a serial column as {@code serial}/{@code bigserial}/
 * {@code smallserial} without default (as Retort's reflector reports it), schema {@code public} as null.
 */
final class PgCatalog {
    private static final String USER_TABLES = """
            select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'""";

    private PgCatalog() {
    }

    static SchemaModel read(TestDatabase db) {
        try (Connection connection = db.connect(); Statement st = connection.createStatement()) {
            Map<Long, String[]> tables = new LinkedHashMap<>();
            Map<Long, List<TableElement>> elements = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("""
                    select c.oid, n.nspname, c.relname, obj_description(c.oid, 'pg_class')
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where c.oid in (%s) order by n.nspname, c.relname""".formatted(USER_TABLES))) {
                while (rs.next()) {
                    tables.put(rs.getLong(1), new String[] {schema(rs.getString(2)), rs.getString(3), rs.getString(4)});
                    elements.put(rs.getLong(1), new ArrayList<>());
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    select a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                           pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum),
                           pg_get_expr(d.adbin, d.adrelid) like 'nextval(%%' and exists (
                               select 1 from pg_depend dep join pg_class s on s.oid = dep.objid and s.relkind = 'S'
                               where dep.classid = 'pg_class'::regclass and dep.refobjid = a.attrelid
                                 and dep.refobjsubid = a.attnum and dep.deptype = 'a')
                    from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                    where a.attnum > 0 and not a.attisdropped and a.attrelid in (%s)
                    order by a.attrelid, a.attnum""".formatted(USER_TABLES))) {
                while (rs.next()) {
                    String identity = rs.getString(6);
                    Identity kind = "d".equals(identity) ? Identity.BY_DEFAULT : "a".equals(identity) ? Identity.ALWAYS : null;
                    boolean serial = rs.getBoolean(8);
                    elements.get(rs.getLong(1)).add(new Column(rs.getString(2),
                            serial ? serialType(rs.getString(3)) : rs.getString(3), !rs.getBoolean(4),
                            serial ? null : rs.getString(5), kind, rs.getString(7)));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    select con.conrelid, con.conname, con.contype,
                           array(select a.attname from unnest(con.conkey) with ordinality k(num, ord)
                                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord),
                           fn.nspname, fc.relname,
                           array(select a.attname from unnest(con.confkey) with ordinality k(num, ord)
                                 join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.ord),
                           con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid)
                    from pg_constraint con
                    left join pg_class fc on fc.oid = con.confrelid
                    left join pg_namespace fn on fn.oid = fc.relnamespace
                    where con.conrelid in (%s) order by con.conrelid, con.conname""".formatted(USER_TABLES))) {
                while (rs.next()) {
                    List<TableElement> table = elements.get(rs.getLong(1));
                    String name = rs.getString(2);
                    List<String> columns = strings(rs.getArray(4));
                    switch (rs.getString(3)) {
                        case "p" -> table.add(new PrimaryKey(name, columns));
                        case "u" -> table.add(new UniqueConstraint(name, columns));
                        case "c" -> table.add(new CheckConstraint(name, rs.getString(10)));
                        case "f" -> table.add(new ForeignKey(name, columns, schema(rs.getString(5)), rs.getString(6),
                                strings(rs.getArray(7)), action(rs.getString(8)), action(rs.getString(9))));
                        default -> throw new IllegalStateException("unexpected constraint " + name);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    select i.indrelid, ic.relname, i.indisunique,
                           array(select coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.ord::int, true))
                                 from unnest(i.indkey::int2[]) with ordinality k(num, ord)
                                 left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num
                                 order by k.ord),
                           array(select (o.opt & 1) = 1 from unnest(i.indoption::int2[]) with ordinality o(opt, ord)
                                 order by o.ord),
                           pg_get_expr(i.indpred, i.indrelid)
                    from pg_index i join pg_class ic on ic.oid = i.indexrelid
                    where i.indrelid in (%s)
                      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid
                                      and c.conrelid = i.indrelid and c.contype in ('p', 'u', 'x'))
                    order by i.indrelid, ic.relname""".formatted(USER_TABLES))) {
                while (rs.next()) {
                    List<String> keys = strings(rs.getArray(4));
                    Boolean[] descending = (Boolean[]) rs.getArray(5).getArray();
                    List<IndexColumn> columns = new ArrayList<>();
                    for (int i = 0; i < keys.size(); i++) {
                        columns.add(new IndexColumn(keys.get(i), descending[i]));
                    }
                    elements.get(rs.getLong(1)).add(new Index(rs.getString(2), columns, rs.getBoolean(3), rs.getString(6)));
                }
            }
            List<Table> result = new ArrayList<>();
            tables.forEach((oid, t) -> {
                Table table = Table.of(t[0], t[1], elements.get(oid));
                result.add(t[2] == null ? table : table.withComment(t[2]));
            });
            return new SchemaModel(result, sequences(st));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<Sequence> sequences(Statement st) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                select n.nspname, c.relname, format_type(s.seqtypid, null), s.seqstart, s.seqincrement,
                       s.seqmin, s.seqmax, s.seqcache, s.seqcycle
                from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
                where not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                  and d.objid = c.oid and d.deptype in ('a', 'i'))
                order by n.nspname, c.relname""")) {
            while (rs.next()) {
                String type = rs.getString(3);
                long increment = rs.getLong(5);
                long min = rs.getLong(6);
                long max = rs.getLong(7);
                long[] bounds = bounds(type);
                Long minValue = min == (increment > 0 ? 1 : bounds[0]) ? null : min;
                Long maxValue = max == (increment > 0 ? bounds[1] : -1) ? null : max;
                sequences.add(new Sequence(schema(rs.getString(1)), rs.getString(2), "bigint".equals(type) ? null : type,
                        rs.getLong(4), increment, minValue, maxValue, rs.getLong(8), rs.getBoolean(9)));
            }
        }
        return sequences;
    }

    private static String serialType(String type) {
        return switch (type) {
            case "smallint" -> "smallserial";
            case "integer" -> "serial";
            default -> "bigserial";
        };
    }

    private static long[] bounds(String type) {
        return switch (type) {
            case "smallint" -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case "integer" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }

    private static String schema(String name) {
        return name == null || name.equals("public") ? null : name;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static ReferentialAction action(String code) {
        if (code == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
