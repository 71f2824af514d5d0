package dev.retort.revision;

import static dev.retort.revision.Revisions.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static List<String> ids(Collection<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    private static RetortException invalid(RevisionInfo... revisions) {
        RetortException e = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(revisions)));
        assertEquals(ErrorKind.REVISION, e.kind());
        return e;
    }

    @Test
    void linearGraph() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("ccc", 3, "bbb"), rev("aaa", 1), rev("bbb", 2, "aaa")));
        assertEquals(List.of("ccc"), ids(graph.heads()));
        assertEquals(List.of("aaa"), ids(graph.bases()));
        assertEquals(List.of("ccc", "bbb", "aaa"), ids(graph.history()));
        assertEquals(List.of("aaa", "bbb", "ccc"), ids(graph.revisions()));
        assertEquals(Set.of("aaa", "bbb"), graph.ancestorsOf(List.of("bbb")));
        assertEquals(Set.of("bbb", "ccc"), graph.descendantsOf(List.of("bbb")));
        assertEquals(Set.of("bbb"), graph.headsOf(Set.of("aaa", "bbb")));
        assertEquals(List.of("bbb"), ids(graph.children("aaa")));
        assertEquals("message of bbb", graph.get("bbb").message());
    }

    @Test
    void branchedGraphHasTwoHeadsOldestFirst() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("a0", 1), rev("c1", 3, "a0"), rev("b1", 2, "a0"), rev("b2", 4, "b1")));
        assertEquals(List.of("c1", "b2"), ids(graph.heads()));
        assertEquals(List.of("a0"), ids(graph.bases()));
        assertEquals(List.of("b2", "c1", "b1", "a0"), ids(graph.history()));
        assertEquals(List.of("a0", "b1", "c1", "b2"), ids(graph.revisions()));
        assertEquals(List.of("b1", "c1"), ids(graph.children("a0")));
        assertEquals(Set.of("b1", "c1"), graph.headsOf(Set.of("a0", "b1", "c1")));
    }

    @Test
    void mergeJoinsTheHeads() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("a0", 1), rev("b1", 2, "a0"), rev("c1", 3, "a0"),
                rev("m9", 5, "b1", "c1"), rev("z0", 4)));
        assertEquals(List.of("m9"), ids(graph.heads().stream().filter(RevisionInfo::isMerge).toList()));
        assertEquals(List.of("z0", "m9"), ids(graph.heads()));
        assertEquals(List.of("a0", "z0"), ids(graph.bases()));
        assertEquals(List.of("m9", "z0", "c1", "b1", "a0"), ids(graph.history()));
        assertEquals(Set.of("a0", "b1", "c1", "m9"), graph.ancestorsOf(List.of("m9")));
        assertEquals(Set.of("m9"), graph.headsOf(graph.ancestorsOf(List.of("m9"))));
        assertEquals(List.of("m9", "c1", "b1"), ids(graph.childrenFirst(Set.of("b1", "c1", "m9"))));
        assertEquals(List.of("b1", "c1", "m9"), ids(graph.parentsFirst(Set.of("m9", "c1", "b1"))));
    }

    @Test
    void parentsComeFirstEvenWhenTheirClockWasAhead() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("old", 50), rev("new", 10, "old"), rev("other", 30)));
        assertEquals(List.of("other", "old", "new"), ids(graph.revisions()));
        assertEquals(List.of("other", "new", "old"), ids(graph.history()), "newest ready revision first");
    }

    @Test
    void tiesInCreationTimeAreBrokenById() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("b", 1), rev("c", 1), rev("a", 1)));
        assertEquals(List.of("a", "b", "c"), ids(graph.heads()));
        assertEquals(List.of("c", "b", "a"), ids(graph.history()));
    }

    @Test
    void orderDoesNotDependOnTheInputOrder() {
        List<RevisionInfo> revisions = new ArrayList<>(List.of(rev("a0", 1), rev("b1", 2, "a0"), rev("c1", 2, "a0"),
                rev("m9", 5, "b1", "c1"), rev("d2", 3, "c1")));
        List<String> expected = ids(RevisionGraph.of(revisions).history());
        Collections.reverse(revisions);
        assertEquals(expected, ids(RevisionGraph.of(revisions).history()));
        assertEquals(List.of("m9", "d2", "c1", "b1", "a0"), expected);
    }

    @Test
    void emptyGraph() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertTrue(graph.isEmpty());
        assertEquals(List.of(), graph.heads());
        assertEquals(List.of(), graph.history());
        RetortException e = assertThrows(RetortException.class, () -> graph.resolve("abc"));
        assertEquals("no revision 'abc' in the migrations folder; there are no revisions yet", e.getMessage());
    }

    @Test
    void resolvesIdsAndUniquePrefixes() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("3f9a0c12b7e4", 1), rev("3f9b11111111", 2, "3f9a0c12b7e4"),
                rev("abc", 3, "3f9b11111111"), rev("abcd", 4, "abc")));
        assertSame(graph.get("3f9a0c12b7e4"), graph.resolve("3f9a0c12b7e4"));
        assertSame(graph.get("3f9a0c12b7e4"), graph.resolve("3f9a"));
        assertSame(graph.get("3f9b11111111"), graph.resolve(" 3f9b "));
        assertSame(graph.get("abc"), graph.resolve("abc"), "an exact id wins over a longer id it prefixes");
        assertSame(graph.get("abcd"), graph.resolve("abcd"));
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("3f9a0c12b7e4", 1), rev("3f9b11111111", 2, "3f9a0c12b7e4")));
        RetortException e = assertThrows(RetortException.class, () -> graph.resolve("3f9"));
        assertEquals(ErrorKind.REVISION, e.kind());
        assertEquals("revision prefix '3f9' is ambiguous: it matches 3f9a0c12b7e4 (message of 3f9a0c12b7e4), "
                + "3f9b11111111 (message of 3f9b11111111); give more characters of the id", e.getMessage());
    }

    @Test
    void unknownIdNamesTheHeads() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("aaa", 1), rev("bbb", 2, "aaa")));
        RetortException e = assertThrows(RetortException.class, () -> graph.resolve("ccc"));
        assertEquals(ErrorKind.REVISION, e.kind());
        assertEquals("no revision 'ccc' in the migrations folder; the heads are bbb (message of bbb)", e.getMessage());
        assertEquals(ErrorKind.REVISION, assertThrows(RetortException.class, () -> graph.resolve(" ")).kind());
        assertEquals(ErrorKind.REVISION, assertThrows(RetortException.class,
                () -> graph.ancestorsOf(List.of("zzz"))).kind());
    }

    @Test
    void duplicateIdNamesBothSources() {
        RetortException e = invalid(rev("aaa", 1),
                new RevisionInfo("aaa", List.of(), "copy", "2024-05-01T11:00:00Z", "migrations/V_copy.java"));
        assertEquals("revision aaa is defined twice in migrations/V_aaa.java and in migrations/V_copy.java;"
                + " give one of them a new id", e.getMessage());
    }

    @Test
    void unknownParentNamesRevisionAndParent() {
        RetortException e = invalid(rev("aaa", 1), rev("bbb", 2, "a00"));
        assertEquals("revision bbb in migrations/V_bbb.java names parent a00, which is not in the migrations folder",
                e.getMessage());
    }

    @Test
    void parentListedTwiceIsRejected() {
        RetortException e = invalid(rev("aaa", 1), rev("bbb", 2, "aaa", "aaa"));
        assertEquals("revision bbb in migrations/V_bbb.java lists parent aaa twice", e.getMessage());
    }

    @Test
    void cycleIsNamed() {
        RetortException e = invalid(rev("r0", 0), rev("r1", 1, "r3"),
                rev("r2", 2, "r1"), rev("r3", 3, "r2"), rev("r4", 4, "r3"));
        assertEquals("the revisions form a cycle (each is a parent of the next): r1 in migrations/V_r1.java"
                + " -> r2 in migrations/V_r2.java -> r3 in migrations/V_r3.java -> r1 in migrations/V_r1.java;"
                + " a revision's parents must be older revisions", e.getMessage());
    }

    @Test
    void revisionThatIsItsOwnParentIsACycle() {
        RetortException e = invalid(rev("r1", 1, "r1"));
        assertTrue(e.getMessage().startsWith("the revisions form a cycle (each is a parent of the next): r1 in"
                + " migrations/V_r1.java -> r1 in"), e.getMessage());
    }

    @Test
    void badIdsAreRejected() {
        for (String bad : List.of("", "a:b", "a@b", "a+b", "a b", "a\tb", "-1", "head", "HEADS", "base", "current",
                "x".repeat(65))) {
            RetortException e = invalid(new RevisionInfo(bad, List.of(), "m", null, "migrations/V_bad.java"));
            assertTrue(e.getMessage().startsWith("migrations/V_bad.java: ") && e.getMessage().contains("revision id"),
                    e.getMessage());
        }
        assertEquals("migrations/V_bad.java: revision id 'a:b' contains ':'; ids must not contain ':', '@', '+'"
                + " or whitespace",
                invalid(new RevisionInfo("a:b", List.of(), "m", null, "migrations/V_bad.java")).getMessage());
        assertTrue(RevisionGraph.of(List.of(new RevisionInfo("add-orders_2", List.of(), null, null, null))).contains("add-orders_2"));
    }

    @Test
    void generatedIdsAreTwelveHexCharacters() {
        String id = RevisionIds.generate();
        assertTrue(id.matches("[0-9a-f]{12}"), id);
        assertEquals(null, RevisionIds.problem(id));
    }
}
