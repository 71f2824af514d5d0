package dev.retort.runner;

import static dev.retort.migration.Ddl.column;
import static dev.retort.runner.Db.tableExists;
import static dev.retort.runner.Db.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two branches from one base, and the merge that joins them: one version row per applied head. */
@ExtendWith(PostgresExtension.class)
class MergedBranchesTest {

    private static History branches() {
        return new History()
                .add("a0", "base table", List.of(),
                        op -> op.createTable("base_t", column("id", "int")),
                        op -> op.dropTable("base_t", column("id", "int")))
                .add("b1", "left branch", List.of("a0"),
                        op -> op.createTable("left_t", column("id", "int")),
                        op -> op.dropTable("left_t", column("id", "int")))
                .add("c1", "right branch", List.of("a0"),
                        op -> op.createTable("right_t", column("id", "int")),
                        op -> op.dropTable("right_t", column("id", "int")));
    }

    private static History merged() {
        return branches().add("m2", "merge", List.of("b1", "c1"), op -> { }, op -> { });
    }

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(s -> s.revision().id()).toList();
    }

    @Test
    void twoHeadsThenAMerge(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            MigrationRunner runner = branches().runner(c);
            RetortException refused = assertThrows(RetortException.class, () -> runner.upgrade("head"));
            assertEquals(ErrorKind.REVISION, refused.kind());
            assertEquals("upgrade head needs a single head, but the migrations have 2 heads: b1 (left branch),"
                    + " c1 (right branch); upgrade to `heads` to apply them all, name one revision id, or add a merge"
                    + " revision", refused.getMessage());
            assertFalse(tableExists(db, "public.base_t"));

            RetortException plusOne = assertThrows(RetortException.class, () -> runner.upgrade("+1"));
            assertTrue(plusOne.getMessage().startsWith("upgrade +1 is ambiguous: 2 heads are ahead of the database"),
                    plusOne.getMessage());

            assertEquals(List.of("a0", "b1", "c1"), ids(runner.upgrade("heads")));
            assertEquals(Set.of("b1", "c1"), versionRows(db));
            assertEquals(Set.of("b1", "c1"), runner.current());
            assertTrue(tableExists(db, "public.left_t") && tableExists(db, "public.right_t"));

            RetortException split = assertThrows(RetortException.class, () -> runner.downgrade("-1"));
            assertEquals(ErrorKind.REVISION, split.kind());
            assertEquals("downgrade -1 is ambiguous: the database is at 2 revisions, b1 (left branch), c1 (right branch);"
                    + " downgrade to one of them by id (the others' branches are reverted), or to base", split.getMessage());
        }
        try (Connection c = db.connect()) {
            MigrationRunner runner = merged().runner(c);
            assertEquals(List.of("m2"), ids(runner.upgrade("head")));
            assertEquals(Set.of("m2"), versionRows(db), "the merge collapses the two rows into one");

            RetortException pastMerge = assertThrows(RetortException.class, () -> runner.downgrade("-2"));
            assertEquals(ErrorKind.REVISION, pastMerge.kind());
            assertEquals("downgrade -2 is ambiguous: after reverting m2 (merge) the database would be at 2 revisions,"
                    + " b1 (left branch), c1 (right branch); stop there with -1, or downgrade to one of them by id"
                    + " (the others' branches are reverted)", pastMerge.getMessage());
            assertEquals(Set.of("m2"), versionRows(db));

            assertEquals(List.of("m2"), ids(runner.downgrade("-1")));
            assertEquals(Set.of("b1", "c1"), versionRows(db), "un-merging restores both rows");

            assertEquals(List.of("c1"), ids(runner.downgrade("b1")));
            assertEquals(Set.of("b1"), versionRows(db));
            assertFalse(tableExists(db, "public.right_t"));
            assertTrue(tableExists(db, "public.left_t"));

            assertEquals(List.of("c1", "m2"), ids(runner.upgrade("+2")), "with one head, +N walks towards it");
            assertEquals(Set.of("m2"), versionRows(db));

            assertEquals(List.of("m2", "c1", "b1"), ids(runner.downgrade("a0")));
            assertEquals(Set.of("a0"), versionRows(db));
            assertTrue(tableExists(db, "public.base_t"));
            assertFalse(tableExists(db, "public.left_t"));
        }
    }

    @Test
    void enteringAndLeavingOneBranch(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            MigrationRunner runner = merged().runner(c);
            assertEquals(List.of("a0", "b1"), ids(runner.upgrade("b1")));
            assertEquals(Set.of("b1"), versionRows(db));
            assertEquals(List.of("c1"), ids(runner.upgrade("c1")));
            assertEquals(Set.of("b1", "c1"), versionRows(db), "entering a second branch adds a row");
            assertEquals(List.of("m2"), ids(runner.upgrade("head")));
            assertEquals(Set.of("m2"), versionRows(db));
            assertEquals(List.of("m2", "c1", "b1", "a0"), ids(runner.downgrade("base")));
            assertEquals(Set.of(), versionRows(db));
            assertFalse(tableExists(db, "public.base_t"));
        }
    }
}
