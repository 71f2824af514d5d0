package dev.retort.revision;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The revisions of a migrations folder as a directed acyclic graph: each revision points at its
 * parents, merges have several, bases none, heads have no children. Built once and validated;
 * every list it hands out is in a deterministic order.
 */
public final class RevisionGraph {
    /** Oldest first: by creation time (unparsable or missing first), then by id. */
    static final Comparator<RevisionInfo> OLDEST_FIRST = Comparator
            .comparing((RevisionInfo r) -> createdInstant(r), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.created() == null ? "" : r.created())
            .thenComparing(RevisionInfo::id);
    private static final int LISTED = 10;

    private final Map<String, RevisionInfo> byId;
    private final TreeMap<String, RevisionInfo> sortedIds;
    private final Map<String, List<RevisionInfo>> children;
    private final List<RevisionInfo> parentsFirst;
    private final Map<String, Integer> parentsFirstIndex;
    private final List<RevisionInfo> history;
    private final Map<String, Integer> historyIndex;

    private RevisionGraph(Map<String, RevisionInfo> byId, Map<String, List<RevisionInfo>> children,
                          List<RevisionInfo> parentsFirst, List<RevisionInfo> history) {
        this.byId = byId;
        this.sortedIds = new TreeMap<>(byId);
        this.children = children;
        this.parentsFirst = List.copyOf(parentsFirst);
        this.parentsFirstIndex = indexOf(parentsFirst);
        this.history = List.copyOf(history);
        this.historyIndex = indexOf(history);
    }

    /**
     * Builds and validates the graph: every id well formed and unique, every parent present, no
     * cycles. Any problem is a {@link RetortException} of kind {@link ErrorKind#REVISION}.
     */
    public static RevisionGraph of(Collection<RevisionInfo> revisions) {
        List<RevisionInfo> sorted = new ArrayList<>(revisions);
        sorted.sort(Comparator.comparing(RevisionInfo::id).thenComparing(r -> r.source() == null ? "" : r.source()));
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        for (RevisionInfo revision : sorted) {
            String problem = RevisionIds.problem(revision.id());
            if (problem != null) {
                throw error((revision.source() == null ? "" : revision.source() + ": ") + problem);
            }
            RevisionInfo earlier = byId.putIfAbsent(revision.id(), revision);
            if (earlier != null) {
                throw error("revision " + revision.id() + " is defined twice" + in(earlier) + " and" + in(revision)
                        + "; give one of them a new id");
            }
        }
        Map<String, List<RevisionInfo>> children = new HashMap<>();
        byId.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        for (RevisionInfo revision : byId.values()) {
            Set<String> seen = new HashSet<>();
            for (String parent : revision.parents()) {
                if (!seen.add(parent)) {
                    throw error("revision " + revision.id() + in(revision) + " lists parent " + parent + " twice");
                }
                if (!byId.containsKey(parent)) {
                    throw error("revision " + revision.id() + in(revision) + " names parent " + parent
                            + ", which is not in the migrations folder");
                }
                children.get(parent).add(revision);
            }
        }
        children.values().forEach(list -> list.sort(OLDEST_FIRST));
        List<RevisionInfo> parentsFirst = parentsFirst(byId, children);
        if (parentsFirst.size() < byId.size()) {
            throw error("the revisions form a cycle (each is a parent of the next): " + findCycle(byId, parentsFirst)
                    + "; a revision's parents must be older revisions");
        }
        Map<String, List<RevisionInfo>> frozen = new HashMap<>();
        children.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new RevisionGraph(byId, frozen, parentsFirst, childrenFirst(byId, frozen));
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public int size() {
        return byId.size();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The revision with exactly this id, or null. */
    public RevisionInfo get(String id) {
        return byId.get(id);
    }

    /** All revisions, parents before children, ties oldest first. */
    public List<RevisionInfo> revisions() {
        return parentsFirst;
    }

    /** The revisions without children, oldest first. */
    public List<RevisionInfo> heads() {
        return parentsFirst.stream().filter(r -> children.get(r.id()).isEmpty()).sorted(OLDEST_FIRST).toList();
    }

    /** The revisions without parents, oldest first. */
    public List<RevisionInfo> bases() {
        return parentsFirst.stream().filter(r -> r.parents().isEmpty()).sorted(OLDEST_FIRST).toList();
    }

    /** The direct children of a revision, oldest first. */
    public List<RevisionInfo> children(String id) {
        require(id);
        return children.get(id);
    }

    /**
     * The revision with this id, or the only one whose id starts with it. Unknown and ambiguous
     * text are {@link ErrorKind#REVISION} errors; an ambiguous prefix lists the candidates.
     */
    public RevisionInfo resolve(String idOrPrefix) {
        if (idOrPrefix == null || idOrPrefix.isBlank()) {
            throw error("no revision id given");
        }
        String text = idOrPrefix.strip();
        RevisionInfo exact = byId.get(text);
        if (exact != null) {
            return exact;
        }
        List<RevisionInfo> candidates = new ArrayList<>();
        for (Map.Entry<String, RevisionInfo> entry : sortedIds.tailMap(text, true).entrySet()) {
            if (!entry.getKey().startsWith(text)) {
                break;
            }
            candidates.add(entry.getValue());
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw error("no revision '" + text + "' in the migrations folder; "
                    + (isEmpty() ? "there are no revisions yet" : "the heads are " + labels(heads())));
        }
        throw error("revision prefix '" + text + "' is ambiguous: it matches " + labels(candidates)
                + "; give more characters of the id");
    }

    /** Every revision, newest first: children before parents, ties by creation time then id. */
    public List<RevisionInfo> history() {
        return history;
    }

    /** The given revisions and all their ancestors. Unknown ids are {@link ErrorKind#REVISION} errors. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        return closure(ids, id -> byId.get(id).parents());
    }

    /** The given revisions and all their descendants. */
    public Set<String> descendantsOf(Collection<String> ids) {
        return closure(ids, id -> children.get(id).stream().map(RevisionInfo::id).toList());
    }

    /** The given revisions and everything {@code next} reaches from them, in graph order. */
    private Set<String> closure(Collection<String> ids, Function<String, Collection<String>> next) {
        Set<String> result = new HashSet<>();
        List<String> pending = new ArrayList<>();
        for (String id : ids) {
            require(id);
            pending.add(id);
        }
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (result.add(id)) {
                pending.addAll(next.apply(id));
            }
        }
        return sortedByPosition(result);
    }

    /**
     * The members of a set that no other member descends from directly: for a set closed under
     * ancestry, exactly the revisions the version table records. Oldest first.
     */
    public Set<String> headsOf(Collection<String> ids) {
        Set<String> members = new HashSet<>(ids);
        members.forEach(this::require);
        Set<String> result = new LinkedHashSet<>();
        for (RevisionInfo revision : parentsFirst(members)) {
            if (children.get(revision.id()).stream().noneMatch(c -> members.contains(c.id()))) {
                result.add(revision.id());
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** The given revisions, parents before children (the order to apply them in), ties oldest first. */
    public List<RevisionInfo> parentsFirst(Collection<String> ids) {
        return ids.stream().distinct().map(this::require)
                .sorted(Comparator.comparing(r -> parentsFirstIndex.get(r.id()))).toList();
    }

    /** The given revisions, children before parents (the order to revert them in), ties newest first. */
    public List<RevisionInfo> childrenFirst(Collection<String> ids) {
        return ids.stream().distinct().map(this::require)
                .sorted(Comparator.comparing(r -> historyIndex.get(r.id()))).toList();
    }

    /** Revisions as messages list them: {@code id (message), id (message)}, at most ten. */
    public static String labels(Collection<RevisionInfo> revisions) {
        String listed = revisions.stream().limit(LISTED).map(RevisionInfo::label).collect(Collectors.joining(", "));
        return revisions.size() > LISTED ? listed + " and " + (revisions.size() - LISTED) + " more" : listed;
    }

    private RevisionInfo require(String id) {
        RevisionInfo revision = byId.get(id);
        if (revision == null) {
            throw error("no revision " + id + " in the migrations folder");
        }
        return revision;
    }

    private Set<String> sortedByPosition(Set<String> ids) {
        Set<String> sorted = new LinkedHashSet<>();
        parentsFirst(ids).forEach(r -> sorted.add(r.id()));
        return Collections.unmodifiableSet(sorted);
    }

    /** Kahn's algorithm from the bases; among the revisions ready at once, the oldest goes first. */
    private static List<RevisionInfo> parentsFirst(Map<String, RevisionInfo> byId, Map<String, List<RevisionInfo>> children) {
        Map<String, Integer> waitingParents = new HashMap<>();
        PriorityQueue<RevisionInfo> ready = new PriorityQueue<>(OLDEST_FIRST);
        for (RevisionInfo revision : byId.values()) {
            waitingParents.put(revision.id(), revision.parents().size());
            if (revision.parents().isEmpty()) {
                ready.add(revision);
            }
        }
        List<RevisionInfo> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            RevisionInfo next = ready.poll();
            order.add(next);
            for (RevisionInfo child : children.get(next.id())) {
                if (waitingParents.merge(child.id(), -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        return order;
    }

    /** Kahn's algorithm from the heads; among the revisions ready at once, the newest goes first. */
    private static List<RevisionInfo> childrenFirst(Map<String, RevisionInfo> byId, Map<String, List<RevisionInfo>> children) {
        Map<String, Integer> waitingChildren = new HashMap<>();
        PriorityQueue<RevisionInfo> ready = new PriorityQueue<>(OLDEST_FIRST.reversed());
        for (RevisionInfo revision : byId.values()) {
            int count = children.get(revision.id()).size();
            waitingChildren.put(revision.id(), count);
            if (count == 0) {
                ready.add(revision);
            }
        }
        List<RevisionInfo> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            RevisionInfo next = ready.poll();
            order.add(next);
            for (String parent : next.parents()) {
                if (waitingChildren.merge(parent, -1, Integer::sum) == 0) {
                    ready.add(byId.get(parent));
                }
            }
        }
        return order;
    }

    /**
     * Names one cycle among the revisions Kahn's algorithm could not order. Each of them has a
     * parent that could not be ordered either, so following such parents must come back round.
     */
    private static String findCycle(Map<String, RevisionInfo> byId, List<RevisionInfo> ordered) {
        Set<String> stuck = new HashSet<>(byId.keySet());
        ordered.forEach(r -> stuck.remove(r.id()));
        String start = stuck.stream().sorted().findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        String current = start;
        while (!position.containsKey(current)) {
            position.put(current, path.size());
            path.add(current);
            current = byId.get(current).parents().stream().filter(stuck::contains).sorted().findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(position.get(current), path.size()));
        cycle.add(current);
        Collections.reverse(cycle);
        return cycle.stream().map(id -> id + in(byId.get(id))).collect(Collectors.joining(" -> "));
    }

    private static Map<String, Integer> indexOf(List<RevisionInfo> order) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i).id(), i);
        }
        return Map.copyOf(index);
    }

    private static Instant createdInstant(RevisionInfo revision) {
        if (revision.created() == null) {
            return null;
        }
        try {
            return Instant.parse(revision.created().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String in(RevisionInfo revision) {
        return revision.source() == null ? "" : " in " + revision.source();
    }

    private static RetortException error(String message) {
        return new RetortException(ErrorKind.REVISION, message);
    }
}
