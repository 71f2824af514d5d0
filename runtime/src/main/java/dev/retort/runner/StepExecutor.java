package dev.retort.runner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs one migration in one direction: records its operations, renders them, and executes the
 * statements together with the version-table change in a single transaction. Any failure rolls
 * that transaction back and becomes a one-line {@link ErrorKind#MIGRATION_FAILED} error.
 */
final class StepExecutor {
    private static final int STATEMENT_CHARS = 200;

    private final Connection connection;
    private final Dialect dialect;
    private final String schema;
    private final RevisionGraph graph;
    private final Function<String, Migration> migrations;
    private final VersionTable versionTable;

    StepExecutor(Connection connection, Dialect dialect, String schema, RevisionGraph graph,
                 Function<String, Migration> migrations, VersionTable versionTable) {
        this.connection = connection;
        this.dialect = dialect;
        this.schema = schema;
        this.graph = graph;
        this.migrations = migrations;
        this.versionTable = versionTable;
    }

    /** The statements a step runs, without executing them; migration-code failures are reported as for {@link #run}. */
    List<String> statements(RevisionInfo revision, Direction direction, Set<String> before) {
        Migration migration = migration(revision, before);
        try {
            Operations op = new Operations();
            if (direction == Direction.UP) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            List<String> statements = new ArrayList<>();
            for (Operation operation : op.operations()) {
                statements.addAll(dialect.render(operation, schema));
            }
            return statements;
        } catch (RuntimeException e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, verb(direction) + " of revision " + revision.label()
                    + source(revision) + " failed before any of its SQL ran: " + describe(e)
                    + "; the database is still at " + Planner.describe(graph, before), e);
        }
    }

    private Migration migration(RevisionInfo revision, Set<String> before) {
        String still = "; the database is still at " + Planner.describe(graph, before);
        Migration migration;
        try {
            migration = migrations.apply(revision.id());
        } catch (RetortException e) {
            throw new RetortException(e.kind(), e.getMessage() + still, e);
        } catch (RuntimeException e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "the migration class of revision " + revision.label()
                    + source(revision) + " could not be loaded: " + describe(e) + still, e);
        }
        if (migration == null) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "no migration class was found for revision "
                    + revision.label() + source(revision) + still);
        }
        return migration;
    }

    /**
     * Applies or reverts one revision and commits, moving the version rows from {@code before}
     * to {@code after}; creates the version table first, in the same transaction, when asked.
     */
    Step run(RevisionInfo revision, Direction direction, Set<String> before, Set<String> after, boolean createVersionTable) {
        long start = System.nanoTime();
        List<String> statements = statements(revision, direction, before);
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
            throw new RetortException(ErrorKind.MIGRATION_FAILED, verb(direction) + " of revision " + revision.label()
                    + source(revision) + " failed at " + current + ": " + firstLine(e) + "; " + rolledBack
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

    private static String verb(Direction direction) {
        return direction == Direction.UP ? "upgrade" : "downgrade";
    }

    private static String source(RevisionInfo revision) {
        return revision.source() == null ? "" : " in " + revision.source();
    }

    private static String describe(RuntimeException e) {
        String message = firstLine(e);
        return e instanceof RetortException ? message : e.getClass().getSimpleName() + ": " + message;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline).strip();
        if (e instanceof SQLException && ((SQLException) e).getSQLState() != null) {
            line += " [SQLSTATE " + ((SQLException) e).getSQLState() + "]";
        }
        return line;
    }

    static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= STATEMENT_CHARS ? oneLine : oneLine.substring(0, STATEMENT_CHARS - 3) + "...";
    }
}
