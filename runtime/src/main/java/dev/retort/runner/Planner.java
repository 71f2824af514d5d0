package dev.retort.runner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.revision.RevisionTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out which revisions an upgrade or downgrade runs, in order, from the set of applied
 * revisions (always closed under ancestry). Refuses, before anything runs, any target that is
 * ambiguous or out of reach.
 */
final class Planner {
    private final RevisionGraph graph;

    Planner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The revisions to apply, parents first. */
    List<RevisionInfo> upgrade(Set<String> applied, RevisionTarget target) {
        if (target instanceof RevisionTarget.Head) {
            List<RevisionInfo> heads = graph.heads();
            if (heads.size() > 1) {
                throw new RetortException(ErrorKind.REVISION, "upgrade head needs a single head, but the migrations have "
                        + heads.size() + " heads: " + RevisionGraph.labels(heads)
                        + "; upgrade to `heads` to apply them all, name one revision id, or add a merge revision");
            }
            return pending(applied, ids(heads));
        }
        if (target instanceof RevisionTarget.Heads) {
            return pending(applied, ids(graph.heads()));
        }
        if (target instanceof RevisionTarget.Id) {
            RevisionInfo revision = graph.resolve(((RevisionTarget.Id) target).idOrPrefix());
            return pending(applied, Set.of(revision.id()));
        }
        if (target instanceof RevisionTarget.Relative && ((RevisionTarget.Relative) target).steps() > 0) {
            return forward(applied, ((RevisionTarget.Relative) target).steps());
        }
        throw new RetortException(ErrorKind.CONFIGURATION, "upgrade " + target
                + " goes backwards; upgrade takes head, heads, +N or a revision id, and downgrade takes -N, base or a revision id");
    }

    /** The revisions to revert, children first. */
    List<RevisionInfo> downgrade(Set<String> applied, RevisionTarget target) {
        if (target instanceof RevisionTarget.Base) {
            return graph.childrenFirst(applied);
        }
        if (target instanceof RevisionTarget.Id) {
            RevisionInfo revision = graph.resolve(((RevisionTarget.Id) target).idOrPrefix());
            if (!applied.contains(revision.id())) {
                throw new RetortException(ErrorKind.REVISION, "cannot downgrade to " + revision.label()
                        + ": it is not applied (the database is at " + describe(graph, graph.headsOf(applied))
                        + "); use upgrade to go forward");
            }
            Set<String> revert = new HashSet<>(applied);
            revert.removeAll(graph.ancestorsOf(Set.of(revision.id())));
            return graph.childrenFirst(revert);
        }
        if (target instanceof RevisionTarget.Relative && ((RevisionTarget.Relative) target).steps() < 0) {
            return back(applied, -((RevisionTarget.Relative) target).steps());
        }
        throw new RetortException(ErrorKind.CONFIGURATION, "downgrade " + target
                + " goes forwards; downgrade takes -N, base or a revision id, and upgrade takes head, heads, +N or a revision id");
    }

    private List<RevisionInfo> pending(Set<String> applied, Set<String> targets) {
        Set<String> missing = new HashSet<>(graph.ancestorsOf(targets));
        missing.removeAll(applied);
        return graph.parentsFirst(missing);
    }

    private List<RevisionInfo> forward(Set<String> applied, int steps) {
        List<RevisionInfo> unreached = graph.heads().stream().filter(h -> !applied.contains(h.id())).toList();
        if (unreached.size() > 1) {
            throw new RetortException(ErrorKind.REVISION, "upgrade +" + steps + " is ambiguous: " + unreached.size()
                    + " heads are ahead of the database: " + RevisionGraph.labels(unreached)
                    + "; upgrade to one of them by id, or to `heads`");
        }
        List<RevisionInfo> pending = pending(applied, ids(unreached));
        if (pending.size() < steps) {
            throw new RetortException(ErrorKind.REVISION, "Relative revision +" + steps + " goes past head: only "
                    + pending.size() + (pending.size() == 1 ? " revision" : " revisions") + " to apply");
        }
        return pending.subList(0, steps);
    }

    private List<RevisionInfo> back(Set<String> applied, int steps) {
        if (applied.size() < steps) {
            throw new RetortException(ErrorKind.REVISION, "Relative revision -" + steps + " goes past base: only "
                    + applied.size() + (applied.size() == 1 ? " revision is" : " revisions are") + " applied");
        }
        Set<String> remaining = new LinkedHashSet<>(applied);
        List<RevisionInfo> revert = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            Set<String> heads = graph.headsOf(remaining);
            if (heads.size() > 1) {
                throw ambiguousWalk(steps, revert, heads);
            }
            String head = heads.iterator().next();
            revert.add(graph.get(head));
            remaining.remove(head);
        }
        return revert;
    }

    private RetortException ambiguousWalk(int steps, List<RevisionInfo> reverted, Set<String> heads) {
        String where = reverted.isEmpty()
                ? "the database is at " + heads.size() + " revisions, " + describeList(heads)
                : "after reverting " + RevisionGraph.labels(reverted) + " the database would be at "
                        + heads.size() + " revisions, " + describeList(heads);
        String instead = reverted.isEmpty()
                ? "; downgrade to one of them by id (the others' branches are reverted), or to base"
                : "; stop there with -" + reverted.size() + ", or downgrade to one of them by id (the others' branches are reverted)";
        return new RetortException(ErrorKind.REVISION, "downgrade -" + steps + " is ambiguous: " + where + instead);
    }

    private String describeList(Set<String> ids) {
        return RevisionGraph.labels(ids.stream().map(graph::get).toList());
    }

    /** The state a set of version rows stands for, as messages say it. */
    static String describe(RevisionGraph graph, Set<String> heads) {
        if (heads.isEmpty()) {
            return "base (no revisions applied)";
        }
        List<RevisionInfo> revisions = heads.stream().map(id -> graph.get(id) == null
                ? new RevisionInfo(id, List.of(), null, null, null) : graph.get(id)).toList();
        return (heads.size() == 1 ? "revision " : "revisions ") + RevisionGraph.labels(revisions);
    }

    private static Set<String> ids(List<RevisionInfo> revisions) {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
