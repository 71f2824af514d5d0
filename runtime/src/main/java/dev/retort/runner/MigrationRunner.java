package dev.retort.runner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.migration.Migration;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.revision.RevisionTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Moves a database along the revision graph. The applied revisions are the version rows and all
 * their ancestors. Each migration runs in a transaction of its own together with its
 * version-table change, so a failure leaves the database exactly at the last committed step.
 * A whole upgrade or downgrade holds the dialect's lock, so runners on other connections wait.
 * The runner commits on the connection it is given: pass one without pending work.
 */
public final class MigrationRunner {
    private final Connection connection;
    private final Dialect dialect;
    private final String schema;
    private final RevisionGraph graph;
    private final RunListener listener;
    private final VersionTable versionTable;
    private final Planner planner;
    private final StepExecutor executor;

    public MigrationRunner(Connection connection, Dialect dialect, String schema, RevisionGraph graph,
                           Function<String, Migration> migrations, RunListener listener) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.listener = listener == null ? RunListener.NONE : listener;
        this.versionTable = new VersionTable(dialect, schema);
        this.planner = new Planner(graph);
        this.executor = new StepExecutor(connection, dialect, schema, graph,
                Objects.requireNonNull(migrations, "migrations"), versionTable);
    }

    /**
     * The version rows, sorted: the heads of the applied revisions; empty at base or when there
     * is no version table. Creates nothing. A row the graph does not know is a
     * {@link ErrorKind#REVISION} error.
     */
    public Set<String> current() {
        try {
            return known(versionTable.exists(connection) ? versionTable.read(connection) : Set.of());
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "cannot read the version table " + versionTable.qualifiedName()
                    + ": " + firstLine(e), e);
        }
    }

    /** Applies revisions up to {@code head}, {@code heads}, {@code +N} or a revision id (see {@link RevisionTarget}). */
    public List<Step> upgrade(String target) {
        return upgrade(RevisionTarget.parse(target));
    }

    public List<Step> upgrade(RevisionTarget target) {
        return run(Direction.UP, applied -> planner.upgrade(applied, target));
    }

    /**
     * Reverts revisions back to {@code -N}, {@code base} or a revision id; going to a revision
     * reverts every applied revision that is not that revision or one of its ancestors.
     */
    public List<Step> downgrade(String target) {
        return downgrade(RevisionTarget.parse(target));
    }

    public List<Step> downgrade(RevisionTarget target) {
        return run(Direction.DOWN, applied -> planner.downgrade(applied, target));
    }

    private List<Step> run(Direction direction, Function<Set<String>, List<RevisionInfo>> plan) {
        boolean autoCommit = autoCommit();
        AutoCloseable lock = null;
        Throwable failure = null;
        try {
            connection.setAutoCommit(false);
            lock = dialect.lock(connection, schema);
            dialect.useSchema(connection, schema);
            boolean tableExists = versionTable.exists(connection);
            Set<String> rows = tableExists ? versionTable.read(connection) : Set.of();
            connection.commit();
            Set<String> applied = new LinkedHashSet<>(graph.ancestorsOf(known(rows)));
            List<Step> steps = new ArrayList<>();
            for (RevisionInfo revision : plan.apply(Set.copyOf(applied))) {
                if (direction == Direction.UP) {
                    applied.add(revision.id());
                } else {
                    applied.remove(revision.id());
                }
                Set<String> next = graph.headsOf(applied);
                Step step = executor.run(revision, direction, rows, next, !tableExists);
                tableExists = true;
                rows = next;
                steps.add(step);
                listener.applied(step);
            }
            return List.copyOf(steps);
        } catch (SQLException e) {
            failure = e;
            throw new RetortException(ErrorKind.DATABASE, "cannot prepare the " + (direction == Direction.UP ? "upgrade" : "downgrade")
                    + " of schema " + schema + ": " + firstLine(e), e);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            finish(lock, autoCommit, failure);
        }
    }

    /** Rolls back anything left open, releases the lock and restores autocommit, without hiding an earlier failure. */
    private void finish(AutoCloseable lock, boolean autoCommit, Throwable failure) {
        List<Exception> problems = new ArrayList<>();
        try {
            connection.rollback();
        } catch (SQLException e) {
            problems.add(e);
        }
        if (lock != null) {
            try {
                lock.close();
                connection.commit();
            } catch (Exception e) {
                problems.add(e);
            }
        }
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            problems.add(e);
        }
        if (problems.isEmpty()) {
            return;
        }
        if (failure != null) {
            problems.forEach(failure::addSuppressed);
            return;
        }
        RetortException error = new RetortException(ErrorKind.DATABASE,
                "the migrations were committed, but releasing the migration lock failed: " + firstLine(problems.get(0)),
                problems.get(0));
        problems.subList(1, problems.size()).forEach(error::addSuppressed);
        throw error;
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "the database connection is not usable: " + firstLine(e), e);
        }
    }

    private Set<String> known(Set<String> rows) {
        for (String row : rows) {
            if (!graph.contains(row)) {
                throw new RetortException(ErrorKind.REVISION, "the database is at revision " + row
                        + ", which is not in the migrations folder; add its migration (is this checkout behind the one"
                        + " that migrated the database?) or point Retort at the right folder");
            }
        }
        return rows;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
