package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.revision.RevisionTarget;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Planning without a database: which revisions run, in which order, and which targets are refused. */
class PlannerTest {
    //   a -> b -> d -> m (merge of d and c) -> e
    //    \-> c ------/
    private final RevisionGraph graph = RevisionGraph.of(List.of(
            rev("a", 1), rev("b", 2, "a"), rev("c", 3, "a"), rev("d", 4, "b"), rev("m", 5, "d", "c"), rev("e", 6, "m")));
    private final Planner planner = new Planner(graph);

    private static RevisionInfo rev(String id, int minute, String... parents) {
        return new RevisionInfo(id, List.of(parents), id.toUpperCase(), "2024-05-01T10:0" + minute + ":00Z", null);
    }

    private List<String> up(Set<String> applied, String target) {
        return planner.upgrade(applied, RevisionTarget.parse(target)).stream().map(RevisionInfo::id).toList();
    }

    private List<String> down(Set<String> applied, String target) {
        return planner.downgrade(applied, RevisionTarget.parse(target)).stream().map(RevisionInfo::id).toList();
    }

    @Test
    void upgradesParentsFirstOldestBranchFirst() {
        assertEquals(List.of("a", "b", "c", "d", "m", "e"), up(Set.of(), "head"));
        assertEquals(List.of("b", "d", "m", "e"), up(Set.of("a", "c"), "head"));
        assertEquals(List.of("a", "b", "c"), up(Set.of(), "+3"));
        assertEquals(List.of("d", "m"), up(graph.ancestorsOf(Set.of("b", "c")), "m"));
        assertEquals(List.of(), up(graph.ancestorsOf(Set.of("e")), "heads"));
        assertEquals(List.of(), up(graph.ancestorsOf(Set.of("e")), "d"), "an applied revision needs nothing");
    }

    @Test
    void downgradesChildrenFirst() {
        Set<String> all = graph.ancestorsOf(Set.of("e"));
        assertEquals(List.of("e", "m", "d", "c", "b", "a"), down(all, "base"));
        assertEquals(List.of("e", "m"), down(all, "-2"));
        assertEquals(List.of("e", "m", "c"), down(all, "d"), "going to d reverts the other branch too");
        assertEquals(List.of("e", "m", "d", "b"), down(all, "c"));
        assertEquals(List.of("d", "b"), down(graph.ancestorsOf(Set.of("d")), "-2"));
    }

    @Test
    void walkingBackThroughAMergeIsRefusedWithTheTargets() {
        Set<String> all = graph.ancestorsOf(Set.of("e"));
        RetortException e = assertThrows(RetortException.class, () -> down(all, "-3"));
        assertEquals(ErrorKind.REVISION, e.kind());
        assertEquals("downgrade -3 is ambiguous: after reverting e (E), m (M) the database would be at 2 revisions,"
                + " c (C), d (D); stop there with -2, or downgrade to one of them by id (the others' branches are"
                + " reverted)", e.getMessage());
    }

    @Test
    void wrongDirectionIsAConfigurationError() {
        for (String target : List.of("-1", "base")) {
            RetortException e = assertThrows(RetortException.class, () -> up(Set.of(), target));
            assertEquals(ErrorKind.CONFIGURATION, e.kind());
        }
        for (String target : List.of("+1", "head", "heads")) {
            RetortException e = assertThrows(RetortException.class, () -> down(Set.of("a"), target));
            assertEquals(ErrorKind.CONFIGURATION, e.kind());
        }
    }

    @Test
    void plusNPastHeadSaysHowManyAreLeft() {
        Set<String> almost = graph.ancestorsOf(Set.of("m"));
        assertEquals("Relative revision +2 goes past head: only 1 revision to apply",
                assertThrows(RetortException.class, () -> up(almost, "+2")).getMessage());
        assertEquals("Relative revision +1 goes past head: only 0 revisions to apply",
                assertThrows(RetortException.class, () -> up(graph.ancestorsOf(Set.of("e")), "+1")).getMessage());
    }

    @Test
    void describesStates() {
        assertEquals("base (no revisions applied)", Planner.describe(graph, Set.of()));
        assertEquals("revision e (E)", Planner.describe(graph, Set.of("e")));
        assertEquals("revisions c (C), d (D)", Planner.describe(graph, graph.headsOf(Set.of("a", "b", "c", "d"))));
    }
}
