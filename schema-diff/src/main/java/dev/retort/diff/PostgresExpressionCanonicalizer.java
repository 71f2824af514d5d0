package dev.retort.diff;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.schema.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Lets PostgreSQL decide: the entities' defaults and conditions are written into temporary tables
 * (with the entities' column types), read back with {@code pg_get_expr} and
 * {@code pg_get_constraintdef}, and compared with the reflected text after normalisation. Reflected
 * expressions to restore are tried the same way ({@link RestoreProbes}): the reflected text and its
 * {@link DeparseRewrites} candidates on a stand-in of their table, keeping the first that the server
 * stores as the reflected text. Everything asked in one call goes to the server in one round trip,
 * inside a transaction (or, when the connection is already in one, a savepoint) that is rolled back,
 * so nothing is left behind. An entity expression the server rejects is reported as a
 * {@link ErrorKind#MODEL} error naming it.
 */
public final class PostgresExpressionCanonicalizer implements ExpressionCanonicalizer {
    private static final String TABLE_PREFIX = "retort_canon_";
    private static final String SAVEPOINT = "retort_canonicalize";
    private static final String QUESTIONS_READ_BACK = "SELECT c.relname, pg_get_expr(d.adbin, d.adrelid)"
            + " FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid"
            + " WHERE c.relnamespace = pg_my_temp_schema() AND c.relname LIKE 'retort\\_canon\\_%'"
            + " UNION ALL SELECT c.relname, pg_get_constraintdef(k.oid)"
            + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
            + " WHERE c.relnamespace = pg_my_temp_schema() AND c.relname LIKE 'retort\\_canon\\_%' AND k.contype = 'c'";

    private final Connection connection;

    public PostgresExpressionCanonicalizer(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public List<ExpressionVerdict> judge(List<ExpressionQuestion> questions) {
        return answer(questions, List.of()).verdicts();
    }

    @Override
    public List<Restoration> restore(List<ReflectedExpression> expressions) {
        return answer(List.of(), expressions).restorations();
    }

    @Override
    public ExpressionAnswers answer(List<ExpressionQuestion> questions, List<ReflectedExpression> expressions) {
        if (questions.isEmpty() && expressions.isEmpty()) {
            return new ExpressionAnswers(List.of(), List.of());
        }
        for (ExpressionQuestion question : questions) {
            if (ExpressionText.hasStatementSeparator(question.targetText())) {
                throw new RetortException(ErrorKind.MODEL, "The entities' " + question.subject()
                        + " contains ';': write a single SQL expression (" + question.targetText() + ")");
            }
        }
        List<String> setup = temporarySequences(questions);
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            tables.add(temporaryTable(i, questions.get(i)));
        }
        RestoreProbes probes = new RestoreProbes(expressions);
        Map<String, String> stored = storedTexts(questions, setup, tables, probes);
        List<ExpressionVerdict> verdicts = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            verdicts.add(verdict(questions.get(i), stored.get(TABLE_PREFIX + i)));
        }
        return new ExpressionAnswers(verdicts, probes.restorations(stored));
    }

    /**
     * Both texts are PostgreSQL's own print of an expression over the same column types, so every cast
     * on a name in them is one of the expression's: none is stripped ({@code (starts)::date} is not
     * {@code starts}).
     */
    private static ExpressionVerdict verdict(ExpressionQuestion question, String canonical) {
        if (canonical == null) {
            return ExpressionVerdict.UNDECIDED;
        }
        ExpressionText.NameCasts keep = ExpressionText.NameCasts.NONE;
        boolean same = question.kind() == ExpressionQuestion.Kind.DEFAULT
                ? ExpressionText.normalise(canonical, keep).equals(ExpressionText.normalise(question.databaseText(), keep))
                : ExpressionText.normaliseCondition(canonical, keep)
                        .equals(ExpressionText.normaliseCondition(question.databaseText(), keep));
        return same ? ExpressionVerdict.SAME : ExpressionVerdict.DIFFERENT;
    }

    /**
     * Runs everything as one script and reads what the server stored: by temporary table name for the
     * questions, by probe name for the restore probes.
     */
    private Map<String, String> storedTexts(List<ExpressionQuestion> questions, List<String> setup, List<String> tables,
                                            RestoreProbes probes) {
        boolean autoCommit = autoCommit();
        StringBuilder script = new StringBuilder(autoCommit ? "BEGIN" : "SAVEPOINT " + SAVEPOINT);
        setup.forEach(s -> script.append(";\n").append(s));
        tables.forEach(s -> script.append(";\n").append(s));
        probes.statements().forEach(s -> script.append(";\n").append(s));
        List<String> readBack = new ArrayList<>();
        if (!questions.isEmpty()) {
            readBack.add(QUESTIONS_READ_BACK);
        }
        if (!probes.isEmpty()) {
            readBack.add(RestoreProbes.READ_BACK);
        }
        script.append(";\n").append(String.join(" UNION ALL ", readBack)).append(";\n").append(undo(autoCommit));
        Map<String, String> stored = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            boolean isResultSet = st.execute(script.toString());
            while (isResultSet || st.getUpdateCount() != -1) {
                if (isResultSet) {
                    try (ResultSet rs = st.getResultSet()) {
                        while (rs.next()) {
                            stored.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                isResultSet = st.getMoreResults();
            }
        } catch (SQLException e) {
            undoAfterFailure(autoCommit);
            throw locateFailure(questions, setup, tables, e);
        }
        return stored;
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "Cannot use the database connection to compare expressions: "
                    + firstLine(e), e);
        }
    }

    private static String undo(boolean autoCommit) {
        return autoCommit ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT " + SAVEPOINT + ";\nRELEASE SAVEPOINT " + SAVEPOINT;
    }

    private void undoAfterFailure(boolean autoCommit) {
        try (Statement st = connection.createStatement()) {
            st.execute(undo(autoCommit));
        } catch (SQLException ignored) {
            // the connection is unusable anyway; the error that brought us here is the one to report
        }
    }

    /**
     * After the batch failed: tries each question alone, under a savepoint each, to name the ones the
     * server rejects. Only runs on the error path.
     */
    private RetortException locateFailure(List<ExpressionQuestion> questions, List<String> setup, List<String> tables,
                                          SQLException batchError) {
        boolean autoCommit = autoCommit();
        List<String> problems = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.execute(autoCommit ? "BEGIN" : "SAVEPOINT " + SAVEPOINT);
            for (String statement : setup) {
                st.execute(statement);
            }
            for (int i = 0; i < questions.size(); i++) {
                st.execute("SAVEPOINT retort_probe");
                try {
                    st.execute(tables.get(i));
                } catch (SQLException e) {
                    ExpressionQuestion q = questions.get(i);
                    problems.add(q.subject() + " (" + q.targetText() + "): " + firstLine(e));
                }
                st.execute("ROLLBACK TO SAVEPOINT retort_probe");
            }
            st.execute(undo(autoCommit));
        } catch (SQLException e) {
            undoAfterFailure(autoCommit);
        }
        if (problems.isEmpty()) {
            return new RetortException(ErrorKind.DATABASE, "PostgreSQL could not compare the entities' expressions with"
                    + " the database's or check how to re-create the database's: " + firstLine(batchError), batchError);
        }
        return new RetortException(ErrorKind.MODEL, "PostgreSQL rejects the entities' " + String.join("; ", problems)
                + ": fix the expression in the entity mapping", batchError);
    }

    private static String temporaryTable(int index, ExpressionQuestion question) {
        StringBuilder sql = new StringBuilder("CREATE TEMPORARY TABLE ").append(TABLE_PREFIX).append(index).append(" (");
        List<String> parts = new ArrayList<>();
        if (question.kind() == ExpressionQuestion.Kind.DEFAULT) {
            Column column = question.targetColumns().get(0);
            parts.add(quote(column.name()) + " " + column.type() + " DEFAULT " + question.targetText());
        } else {
            question.targetColumns().forEach(c -> parts.add(quote(c.name()) + " " + c.type()));
            parts.add("CONSTRAINT retort_condition CHECK (" + question.targetText() + ")");
        }
        return sql.append(String.join(", ", parts)).append(')').toString();
    }

    /**
     * Temporary stand-ins for sequences a modelled {@code nextval('name')} names but the database
     * does not have yet (they are created by the same migration), so that the default still parses.
     */
    private static List<String> temporarySequences(List<ExpressionQuestion> questions) {
        TreeSet<String> names = new TreeSet<>();
        for (ExpressionQuestion question : questions) {
            if (question.kind() == ExpressionQuestion.Kind.DEFAULT) {
                Optional<String[]> sequence = ExpressionText.nextvalSequence(question.targetText());
                sequence.filter(s -> s[0] == null).ifPresent(s -> names.add(s[1]));
            }
        }
        List<String> statements = new ArrayList<>();
        for (String name : names) {
            String literal = "'" + name.replace("'", "''") + "'";
            statements.add("DO $retort$ BEGIN IF to_regclass(quote_ident(" + literal + ")) IS NULL THEN"
                    + " EXECUTE 'CREATE TEMPORARY SEQUENCE ' || quote_ident(" + literal + "); END IF; END $retort$");
        }
        return statements;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String firstLine(SQLException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
