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
    private final SqlScript script;

    public MigrationRunner(Connection connection, Dialect dialect, String schema, RevisionGraph graph,
                           Function<String, Migration> migrations, RunListener listener) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.listener = listener == null ? RunListener.NONE : listener;
        this.versionTable = new VersionTable(dialect, schema);
        this.planner = new Planner(graph);
        MigrationRenderer renderer = new MigrationRenderer(dialect, schema, Objects.requireNonNull(migrations, "migrations"));
        this.executor = new StepExecutor(connection, dialect, graph, renderer, versionTable);
        this.script = new SqlScript(dialect, schema, graph, migrations);
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
                    + ": " + StepExecutor.firstLine(e), e);
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

    /**
     * Offline SQL from {@code fromTarget} to {@code toTarget}; touches no database
     * (see {@link SqlScript#sql}).
     */
    public List<String> sql(String fromTarget, String toTarget) {
        return script.sql(fromTarget, toTarget);
    }

    /**
     * Rewrites the version rows to say the database is at {@code target} without running any
     * migration, for a schema that already matches it (for example one Hibernate created):
     * {@code head}, {@code heads}, {@code base}, {@code +N}, {@code -N} or a revision id.
     * Returns the new rows.
     */
    public Set<String> stamp(String target) {
        RevisionTarget parsed = RevisionTarget.parse(target);
        return locked("stamp", (tableExists, rows) -> {
            Set<String> applied = new LinkedHashSet<>(graph.ancestorsOf(rows));
            if (parsed instanceof RevisionTarget.Base) {
                applied.clear();
            } else if (parsed instanceof RevisionTarget.Relative && ((RevisionTarget.Relative) parsed).steps() < 0) {
                planner.downgrade(Set.copyOf(applied), parsed).forEach(r -> applied.remove(r.id()));
            } else if (parsed instanceof RevisionTarget.Id) {
                applied.clear();
                applied.addAll(graph.ancestorsOf(Set.of(graph.resolve(((RevisionTarget.Id) parsed).idOrPrefix()).id())));
            } else {
                planner.upgrade(Set.copyOf(applied), parsed).forEach(r -> applied.add(r.id()));
            }
            Set<String> next = graph.headsOf(applied);
            if (!tableExists) {
                versionTable.create(connection);
            }
            versionTable.write(connection, rows, next);
            connection.commit();
            return next;
        });
    }

    private List<Step> run(Direction direction, Function<Set<String>, List<RevisionInfo>> plan) {
        return locked(MigrationRenderer.verb(direction), (tableExists, rows) -> {
            Set<String> applied = new LinkedHashSet<>(graph.ancestorsOf(rows));
            List<Step> steps = new ArrayList<>();
            boolean createTable = !tableExists;
            Set<String> before = rows;
            for (RevisionInfo revision : plan.apply(Set.copyOf(applied))) {
                if (direction == Direction.UP) {
                    applied.add(revision.id());
                } else {
                    applied.remove(revision.id());
                }
                Set<String> next = graph.headsOf(applied);
                Step step = executor.run(revision, direction, before, next, createTable);
                createTable = false;
                before = next;
                steps.add(step);
                listener.applied(step);
            }
            return List.copyOf(steps);
        });
    }

    /** Work done while holding the lock, given whether the version table exists and its rows. */
    @FunctionalInterface
    private interface LockedWork<T> {
        T run(boolean tableExists, Set<String> rows) throws SQLException;
    }

    /**
     * Takes the lock, points unqualified names at the schema, reads the version rows, and runs the
     * work; then releases the lock and restores autocommit, whatever happened.
     */
    private <T> T locked(String action, LockedWork<T> work) {
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
            return work.run(tableExists, known(rows));
        } catch (SQLException e) {
            failure = e;
            throw new RetortException(ErrorKind.DATABASE, action + " of schema " + schema + " failed: " + StepExecutor.firstLine(e), e);
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
                "the migrations were committed, but releasing the migration lock failed: " + StepExecutor.firstLine(problems.get(0)),
                problems.get(0));
        problems.subList(1, problems.size()).forEach(error::addSuppressed);
        throw error;
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "the database connection is not usable: " + StepExecutor.firstLine(e), e);
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
}
