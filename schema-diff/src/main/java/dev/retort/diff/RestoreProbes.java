package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL that shows which text re-creates each {@link ReflectedExpression} exactly, and the reading
 * of what the server stored. Per table, one temporary stand-in with the table's columns and types;
 * on it every reflected text and every {@link DeparseRewrites} candidate becomes a probe: a default of
 * an extra column, a check constraint, or a partial index on a constant, each named
 * {@code retort_p<number>}. Each probe runs in its own sub-block whose errors are swallowed, so a
 * probe the server rejects only leaves its answer out; the caller runs everything inside a
 * transaction or savepoint that it rolls back.
 */
final class RestoreProbes {
    static final String PROBE_PREFIX = "retort_p";
    private static final String TABLE_PREFIX = "retort_restore_";
    private static final String TEMPORARY = "c.relnamespace = pg_my_temp_schema() AND c.relname LIKE 'retort\\_restore\\_%'";

    /** Probe name and stored text of every probe that the server accepted. */
    static final String READ_BACK = "SELECT a.attname::text, pg_get_expr(d.adbin, d.adrelid)"
            + " FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
            + " JOIN pg_class c ON c.oid = d.adrelid WHERE " + TEMPORARY
            + " UNION ALL SELECT k.conname::text, pg_get_constraintdef(k.oid)"
            + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE " + TEMPORARY + " AND k.contype = 'c'"
            + " UNION ALL SELECT i.relname::text, pg_get_expr(x.indpred, x.indrelid)"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid"
            + " WHERE " + TEMPORARY + " AND x.indpred IS NOT NULL";

    private final List<ReflectedExpression> expressions;
    /** Per expression: the texts tried, the reflected one first, and the number of each one's probe. */
    private final List<List<String>> texts = new ArrayList<>();
    private final List<List<Integer>> probes = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();

    RestoreProbes(List<ReflectedExpression> expressions) {
        this.expressions = List.copyOf(expressions);
        Map<TableName, List<Integer>> byTable = new LinkedHashMap<>();
        int next = 0;
        for (int i = 0; i < this.expressions.size(); i++) {
            ReflectedExpression expression = this.expressions.get(i);
            List<String> tried = new ArrayList<>();
            tried.add(expression.text());
            tried.addAll(DeparseRewrites.candidates(expression.text()));
            List<Integer> numbers = new ArrayList<>();
            for (int k = 0; k < tried.size(); k++) {
                numbers.add(next++);
            }
            texts.add(tried);
            probes.add(numbers);
            byTable.computeIfAbsent(expression.table(), t -> new ArrayList<>()).add(i);
        }
        int table = 0;
        for (List<Integer> members : byTable.values()) {
            statements.add(standIn(TABLE_PREFIX + table++, members));
        }
    }

    boolean isEmpty() {
        return expressions.isEmpty();
    }

    /** One statement per table; none when there is nothing to probe. */
    List<String> statements() {
        return statements;
    }

    /**
     * @param stored the text the server stored, by probe name ({@link #PROBE_PREFIX} and number); a
     *               probe the server rejected is missing
     * @return one restoration per expression, in the order given
     */
    List<Restoration> restorations(Map<String, String> stored) {
        List<Restoration> restorations = new ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            ReflectedExpression expression = expressions.get(i);
            String wanted = expression.kind() == ExpressionQuestion.Kind.CHECK
                    ? "CHECK (" + expression.text() + ")" : expression.text();
            List<String> tried = texts.get(i);
            String reflected = stored.get(PROBE_PREFIX + probes.get(i).get(0));
            Restoration restoration = null;
            if (wanted.equals(reflected)) {
                restoration = new Restoration(expression.text(), Restoration.Outcome.REFLECTED);
            }
            for (int k = 1; k < tried.size() && restoration == null; k++) {
                if (wanted.equals(stored.get(PROBE_PREFIX + probes.get(i).get(k)))) {
                    restoration = new Restoration(tried.get(k), Restoration.Outcome.REWRITTEN);
                }
            }
            if (restoration == null) {
                restoration = new Restoration(expression.text(), reflected == null
                        ? Restoration.Outcome.UNVERIFIED : Restoration.Outcome.NOT_RESTORABLE);
            }
            restorations.add(restoration);
        }
        return restorations;
    }

    /** A DO block that creates the stand-in for one table and runs the probes of its expressions. */
    private String standIn(String table, List<Integer> members) {
        List<Column> columns = List.of();
        for (int i : members) {
            if (expressions.get(i).kind() != ExpressionQuestion.Kind.DEFAULT) {
                columns = expressions.get(i).columns();
                break;
            }
        }
        List<String> definitions = new ArrayList<>();
        columns.forEach(c -> definitions.add(quote(c.name()) + " " + c.type()));
        String create = "CREATE TEMPORARY TABLE " + table + " (" + String.join(", ", definitions) + ")";
        List<String> probeSql = new ArrayList<>();
        for (int i : members) {
            ReflectedExpression expression = expressions.get(i);
            for (int k = 0; k < texts.get(i).size(); k++) {
                probeSql.add(probe(table, expression, PROBE_PREFIX + probes.get(i).get(k), texts.get(i).get(k)));
            }
        }
        String suffix = freeTagSuffix(create, probeSql);
        String block = "$retort_probe" + suffix + "$";
        String quote = "$retort_sql" + suffix + "$";
        StringBuilder sql = new StringBuilder("DO ").append(block).append(" BEGIN\nEXECUTE ")
                .append(quote).append(create).append(quote).append(";\n");
        for (String probe : probeSql) {
            sql.append("BEGIN EXECUTE ").append(quote).append(probe).append(quote)
                    .append("; EXCEPTION WHEN OTHERS THEN NULL; END;\n");
        }
        return sql.append("EXCEPTION WHEN OTHERS THEN NULL;\nEND ").append(block).toString();
    }

    private static String probe(String table, ReflectedExpression expression, String name, String text) {
        return switch (expression.kind()) {
            case DEFAULT -> "ALTER TABLE " + table + " ADD COLUMN " + name + " " + expression.columns().get(0).type()
                    + " DEFAULT " + text;
            case CHECK -> "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + text + ")";
            case INDEX_PREDICATE -> "CREATE INDEX " + name + " ON " + table + " ((1)) WHERE " + text;
        };
    }

    /** A suffix that makes the dollar-quote tags appear nowhere in the statements they quote. */
    private static String freeTagSuffix(String create, List<String> probes) {
        for (int n = 0; ; n++) {
            String suffix = n == 0 ? "" : String.valueOf(n);
            String block = "$retort_probe" + suffix + "$";
            String quote = "$retort_sql" + suffix + "$";
            boolean clash = create.contains(block) || create.contains(quote)
                    || probes.stream().anyMatch(p -> p.contains(block) || p.contains(quote));
            if (!clash) {
                return suffix;
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
