package dev.retort.runner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.migration.Migration;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.revision.RevisionTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Offline SQL: the statements an upgrade or downgrade would run, worked out from the revision
 * graph alone, for a database assumed to be at a given starting point. Each migration is wrapped in
 * its own transaction with its version-table change, as the runner would commit it.
 */
public final class SqlScript {
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final Planner planner;
    private final MigrationRenderer renderer;

    public SqlScript(Dialect dialect, String schema, RevisionGraph graph, Function<String, Migration> migrations) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.versionTable = new VersionTable(dialect, Objects.requireNonNull(schema, "schema"));
        this.planner = new Planner(graph);
        this.renderer = new MigrationRenderer(dialect, schema, Objects.requireNonNull(migrations, "migrations"));
    }

    /**
     * The statements (without trailing semicolons) that take a database at {@code fromTarget}
     * ({@code base}, {@code head}, {@code heads} or a revision id) to {@code toTarget}. The
     * direction follows from the target: {@code head}, {@code heads}, {@code +N} and revisions not
     * yet applied go up; {@code base}, {@code -N} and applied revisions go down.
     */
    public List<String> sql(String fromTarget, String toTarget) {
        Set<String> applied = new LinkedHashSet<>(startingPoint(RevisionTarget.parse(fromTarget)));
        RevisionTarget target = RevisionTarget.parse(toTarget);
        Direction direction = direction(target, applied);
        List<RevisionInfo> plan = direction == Direction.UP
                ? planner.upgrade(Set.copyOf(applied), target)
                : planner.downgrade(Set.copyOf(applied), target);
        List<String> sql = new ArrayList<>();
        if (direction == Direction.UP && applied.isEmpty() && !plan.isEmpty()) {
            sql.add(versionTable.createSql());
        }
        Set<String> rows = graph.headsOf(applied);
        for (RevisionInfo revision : plan) {
            if (direction == Direction.UP) {
                applied.add(revision.id());
            } else {
                applied.remove(revision.id());
            }
            Set<String> next = graph.headsOf(applied);
            List<String> statements = renderer.render(revision, direction, "no SQL was produced");
            if (dialect.transactionalDdl()) {
                sql.add("BEGIN");
            }
            sql.addAll(statements);
            sql.addAll(versionTable.writeSql(rows, next));
            if (dialect.transactionalDdl()) {
                sql.add("COMMIT");
            }
            rows = next;
        }
        return List.copyOf(sql);
    }

    private Set<String> startingPoint(RevisionTarget from) {
        if (from instanceof RevisionTarget.Base) {
            return Set.of();
        }
        if (from instanceof RevisionTarget.Id) {
            return graph.ancestorsOf(Set.of(graph.resolve(((RevisionTarget.Id) from).idOrPrefix()).id()));
        }
        if (from instanceof RevisionTarget.Heads || from instanceof RevisionTarget.Head) {
            List<RevisionInfo> heads = graph.heads();
            if (from instanceof RevisionTarget.Head && heads.size() > 1) {
                throw new RetortException(ErrorKind.REVISION, "offline SQL from head needs a single head, but the"
                        + " migrations have " + heads.size() + " heads: " + RevisionGraph.labels(heads)
                        + "; start from `heads` or a revision id");
            }
            return graph.ancestorsOf(heads.stream().map(RevisionInfo::id).toList());
        }
        throw new RetortException(ErrorKind.CONFIGURATION, "offline SQL cannot start from " + from
                + ": there is no database to count from; start from base, head, heads or a revision id");
    }

    private Direction direction(RevisionTarget target, Set<String> applied) {
        if (target instanceof RevisionTarget.Base) {
            return Direction.DOWN;
        }
        if (target instanceof RevisionTarget.Relative) {
            return ((RevisionTarget.Relative) target).steps() > 0 ? Direction.UP : Direction.DOWN;
        }
        if (target instanceof RevisionTarget.Id) {
            String id = graph.resolve(((RevisionTarget.Id) target).idOrPrefix()).id();
            return applied.contains(id) ? Direction.DOWN : Direction.UP;
        }
        return Direction.UP;
    }
}
