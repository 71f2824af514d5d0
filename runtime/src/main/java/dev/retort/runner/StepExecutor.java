package dev.retort.runner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Runs one migration in one direction: executes its rendered statements together with the
 * version-table change in a single transaction. Any failure rolls that transaction back and
 * becomes a one-line {@link ErrorKind#MIGRATION_FAILED} error.
 */
final class StepExecutor {
    private static final int STATEMENT_CHARS = 200;
    /** PostgreSQL's out_of_memory, which it raises when its lock table is full. */
    private static final String OUT_OF_LOCKS = "53200";

    private final Connection connection;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final MigrationRenderer renderer;
    private final VersionTable versionTable;

    StepExecutor(Connection connection, Dialect dialect, RevisionGraph graph, MigrationRenderer renderer,
                 VersionTable versionTable) {
        this.connection = connection;
        this.dialect = dialect;
        this.graph = graph;
        this.renderer = renderer;
        this.versionTable = versionTable;
    }

    /**
     * Applies or reverts one revision and commits, moving the version rows from {@code before}
     * to {@code after}; creates the version table first, in the same transaction, when asked.
     */
    Step run(RevisionInfo revision, Direction direction, Set<String> before, Set<String> after, boolean createVersionTable) {
        long start = System.nanoTime();
        List<String> statements = renderer.render(revision, direction,
                "the database is still at " + Planner.describe(graph, before));
        int number = 0;
        String current = null;
        try {
            if (createVersionTable) {
                current = "creating the version table " + versionTable.qualifiedName();
                versionTable.create(connection);
            }
            try (Statement st = connection.createStatement()) {
                for (String sql : statements) {
                    number++;
                    current = "statement " + number + " of " + statements.size() + " (" + abbreviate(sql) + ")";
                    st.execute(sql);
                }
            }
            current = "updating the version table " + versionTable.qualifiedName();
            versionTable.write(connection, before, after);
            current = "commit";
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            String rolledBack = dialect.transactionalDdl()
                    ? "rolled back; the database is still at "
                    : "this database cannot roll back DDL, so earlier statements of this migration stay; the version table still says ";
            throw new RetortException(ErrorKind.MIGRATION_FAILED, MigrationRenderer.verb(direction) + " of revision "
                    + revision.label() + MigrationRenderer.source(revision) + " failed at " + current + ": " + firstLine(e) + "; " + rolledBack
                    + Planner.describe(graph, before), e);
        }
        return new Step(revision, direction, Duration.ofNanos(System.nanoTime() - start));
    }

    private void rollback(SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline).strip();
        String hint = message.lines().map(String::strip).filter(l -> l.startsWith("Hint:")).findFirst().orElse(null);
        if (hint != null) {
            line += " (" + hint + ")";
        }
        if (e instanceof SQLException && ((SQLException) e).getSQLState() != null) {
            String state = ((SQLException) e).getSQLState();
            line += " [SQLSTATE " + state + "]";
            if (state.equals(OUT_OF_LOCKS)) {
                line += "; a migration locks every table, index and sequence it creates until it commits,"
                        + " so a very large one can exceed the server's lock table: split it into several revisions"
                        + " or raise max_locks_per_transaction";
            }
        }
        return line;
    }

    static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= STATEMENT_CHARS ? oneLine : oneLine.substring(0, STATEMENT_CHARS - 3) + "...";
    }
}
