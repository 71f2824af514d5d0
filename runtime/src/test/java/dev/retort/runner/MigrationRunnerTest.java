package dev.retort.runner;

import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.runner.Db.columnExists;
import static dev.retort.runner.Db.tableExists;
import static dev.retort.runner.Db.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.revision.RevisionInfo;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The runner against a real PostgreSQL: version rows and the actual schema after every move. */
@ExtendWith(PostgresExtension.class)
class MigrationRunnerTest {

    /** customer, then orders, then a note column on customer. */
    private static History linear() {
        return new History()
                .add("a1", "create customer",
                        op -> op.createTable("customer", column("id", "bigint").notNull(), primaryKey("customer_pkey", "id")),
                        op -> op.dropTable("customer", column("id", "bigint").notNull(), primaryKey("customer_pkey", "id")))
                .add("b2", "create orders",
                        op -> op.createTable("orders", column("id", "bigint").notNull()),
                        op -> op.dropTable("orders", column("id", "bigint").notNull()))
                .add("c3", "add customer note",
                        op -> op.addColumn("customer", column("note", "text")),
                        op -> op.dropColumn("customer", column("note", "text")));
    }

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(s -> s.revision().id() + (s.direction() == Direction.UP ? "+" : "-")).toList();
    }

    @Test
    void walksALinearHistoryBothWays(TestDatabase db) throws Exception {
        List<Step> heard = new ArrayList<>();
        try (Connection c = db.connect()) {
            MigrationRunner runner = linear().runner(c, "public", heard::add);

            assertEquals(List.of("a1+", "b2+", "c3+"), ids(runner.upgrade("head")));
            assertEquals(Set.of("c3"), versionRows(db));
            assertEquals(Set.of("c3"), runner.current());
            assertTrue(tableExists(db, "public.orders"));
            assertTrue(columnExists(db, "customer", "note"));
            assertEquals(List.of("a1+", "b2+", "c3+"), ids(heard), "the listener hears every committed step");
            assertTrue(heard.stream().allMatch(s -> !s.took().isNegative()));
            assertEquals("create customer", heard.get(0).revision().message());

            assertEquals(List.of(), runner.upgrade("head"), "at head there is nothing to do");

            assertEquals(List.of("c3-"), ids(runner.downgrade("-1")));
            assertEquals(Set.of("b2"), versionRows(db));
            assertFalse(columnExists(db, "customer", "note"));
            assertTrue(tableExists(db, "public.orders"));

            assertEquals(List.of("b2-", "a1-"), ids(runner.downgrade("base")));
            assertEquals(Set.of(), versionRows(db), "base keeps the version table, with no rows");
            assertFalse(tableExists(db, "public.customer"));
            assertFalse(tableExists(db, "public.orders"));
            assertEquals(Set.of(), runner.current());

            assertEquals(List.of("a1+"), ids(runner.upgrade("+1")));
            assertEquals(Set.of("a1"), versionRows(db));
            assertTrue(tableExists(db, "public.customer"));
            assertFalse(tableExists(db, "public.orders"));

            assertEquals(List.of("b2+", "c3+"), ids(runner.upgrade("c")), "a unique prefix names c3");
            assertEquals(Set.of("c3"), versionRows(db));
            assertTrue(columnExists(db, "customer", "note"));

            assertEquals(List.of("c3-", "b2-"), ids(runner.downgrade("a1")));
            assertEquals(Set.of("a1"), versionRows(db));
            assertFalse(tableExists(db, "public.orders"));
            assertTrue(tableExists(db, "public.customer"));

            assertEquals(List.of(), runner.downgrade("a1"), "already there");
            assertEquals(List.of(), runner.upgrade("a1"), "already applied");

            assertEquals(List.of("b2+"), ids(runner.upgrade("+1")));
            assertEquals(List.of("b2-", "a1-"), ids(runner.downgrade("-2")));
            assertEquals(Set.of(), versionRows(db));
        }
    }

    @Test
    void relativeTargetsOutOfReachChangeNothing(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            MigrationRunner runner = linear().runner(c);
            runner.upgrade("+1");
            String before = db.schemaDump();

            RetortException ahead = assertThrows(RetortException.class, () -> runner.upgrade("+3"));
            assertEquals(ErrorKind.REVISION, ahead.kind());
            assertEquals("Relative revision +3 goes past head: only 2 revisions to apply", ahead.getMessage());

            RetortException behind = assertThrows(RetortException.class, () -> runner.downgrade("-2"));
            assertEquals(ErrorKind.REVISION, behind.kind());
            assertEquals("Relative revision -2 goes past base: only 1 revision is applied", behind.getMessage());

            RetortException unknown = assertThrows(RetortException.class, () -> runner.upgrade("ffff"));
            assertEquals(ErrorKind.REVISION, unknown.kind());
            assertTrue(unknown.getMessage().startsWith("no revision 'ffff' in the migrations folder"), unknown.getMessage());

            RetortException notApplied = assertThrows(RetortException.class, () -> runner.downgrade("c3"));
            assertEquals(ErrorKind.REVISION, notApplied.kind());
            assertEquals("cannot downgrade to c3 (add customer note): it is not applied (the database is at revision"
                    + " a1 (create customer)); use upgrade to go forward", notApplied.getMessage());

            assertEquals(ErrorKind.CONFIGURATION, assertThrows(RetortException.class, () -> runner.upgrade("-1")).kind());
            assertEquals(ErrorKind.CONFIGURATION, assertThrows(RetortException.class, () -> runner.downgrade("head")).kind());
            assertEquals(ErrorKind.CONFIGURATION, assertThrows(RetortException.class, () -> runner.upgrade("x@y")).kind());

            assertEquals(before, db.schemaDump());
            assertEquals(Set.of("a1"), versionRows(db));
            assertEquals(List.of("b2+", "c3+"), ids(runner.upgrade("+2")), "exactly as far as head is fine");
        }
    }

    @Test
    void currentOnAFreshDatabaseIsBaseAndCreatesNothing(TestDatabase db) throws Exception {
        String before = db.schemaDump();
        try (Connection c = db.connect()) {
            assertEquals(Set.of(), linear().runner(c).current());
        }
        assertFalse(tableExists(db, "public.retort_version"));
        assertEquals(before, db.schemaDump());
    }

    @Test
    void refusedUpgradeCreatesNoVersionTable(TestDatabase db) throws Exception {
        History twoBases = new History()
                .add("a1", "one", List.of(), op -> op.createTable("one", column("id", "int")), op -> { })
                .add("b1", "two", List.of(), op -> op.createTable("two", column("id", "int")), op -> { });
        try (Connection c = db.connect()) {
            assertThrows(RetortException.class, () -> twoBases.runner(c).upgrade("head"));
        }
        assertFalse(tableExists(db, "public.retort_version"));
    }

    @Test
    void versionRowUnknownToTheMigrationsIsReported(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE public.retort_version (version_num varchar(64) PRIMARY KEY)",
                "INSERT INTO public.retort_version VALUES ('deadbeef0000')");
        try (Connection c = db.connect()) {
            MigrationRunner runner = linear().runner(c);
            RetortException e = assertThrows(RetortException.class, runner::current);
            assertEquals(ErrorKind.REVISION, e.kind());
            assertTrue(e.getMessage().startsWith("the database is at revision deadbeef0000, which is not in the"
                    + " migrations folder"), e.getMessage());
            RetortException upgrade = assertThrows(RetortException.class, () -> runner.upgrade("head"));
            assertEquals(e.getMessage(), upgrade.getMessage());
        }
        assertFalse(tableExists(db, "public.customer"));
        assertEquals(Set.of("deadbeef0000"), versionRows(db));
    }

    @Test
    void restoresAutocommitEitherWay(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            MigrationRunner runner = linear().runner(c);
            c.setAutoCommit(true);
            runner.upgrade("+1");
            assertTrue(c.getAutoCommit());
            c.setAutoCommit(false);
            runner.upgrade("+1");
            assertFalse(c.getAutoCommit());
            assertThrows(RetortException.class, () -> runner.upgrade("+5"));
            assertFalse(c.getAutoCommit());
            c.setAutoCommit(true);
        }
        assertEquals(Set.of("b2"), versionRows(db));
    }

    @Test
    void runsInTheConfiguredSchemaWithUnqualifiedNamesResolvingThere(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA app", "CREATE TABLE public.customer (id int)");
        History history = new History()
                .add("a1", "create customer in app",
                        op -> op.createTable("customer", column("id", "int"), column("name", "text")),
                        op -> op.dropTable("customer", column("id", "int"), column("name", "text")))
                .add("b2", "seed",
                        op -> op.execute("INSERT INTO customer (id, name) VALUES (1, 'first')", "DELETE FROM customer"),
                        op -> op.execute("DELETE FROM customer", "INSERT INTO customer (id, name) VALUES (1, 'first')"));
        try (Connection c = db.connect()) {
            MigrationRunner runner = history.runner(c, "app", null);
            runner.upgrade("head");
            assertEquals(Set.of("b2"), runner.current());
        }
        assertEquals(Set.of("b2"), versionRows(db, "app"));
        assertFalse(tableExists(db, "public.retort_version"));
        assertEquals(List.of("first"), Db.query(db, "SELECT name FROM app.customer"));
        assertEquals(List.of(), Db.query(db, "SELECT id::text FROM public.customer"));
    }

    @Test
    void missingMigrationClassIsReported(TestDatabase db) throws Exception {
        History history = linear();
        try (Connection c = db.connect()) {
            MigrationRunner runner = new MigrationRunner(c, new PostgresDialect(), "public",
                    history.graph(), id -> null, null);
            RetortException e = assertThrows(RetortException.class, () -> runner.upgrade("head"));
            assertEquals(ErrorKind.MIGRATION_FAILED, e.kind());
            assertEquals("no migration class was found for revision a1 (create customer) in migrations/V_a1.java;"
                    + " the database is still at base (no revisions applied)", e.getMessage());
        }
        assertFalse(tableExists(db, "public.retort_version"));
    }

    @Test
    void stepRecordsTheRevision(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Step step = linear().runner(c).upgrade("+1").get(0);
            RevisionInfo revision = step.revision();
            assertEquals("a1", revision.id());
            assertEquals(List.of(), revision.parents());
            assertEquals(Direction.UP, step.direction());
        }
    }

    @Test
    void stampRewritesTheRowsWithoutRunningMigrations(TestDatabase db) throws Exception {
        String before = db.schemaDump();
        try (Connection c = db.connect()) {
            MigrationRunner runner = linear().runner(c);
            assertEquals(Set.of("c3"), runner.stamp("head"));
            assertEquals(Set.of("c3"), versionRows(db));
            assertFalse(tableExists(db, "public.customer"), "no migration ran");
            assertEquals(Set.of("b2"), runner.stamp("-1"));
            assertEquals(Set.of("a1"), runner.stamp("a"));
            assertEquals(Set.of("b2"), runner.stamp("+1"));
            assertEquals(Set.of(), runner.stamp("base"));
            assertEquals(Set.of(), versionRows(db));
            assertTrue(c.getAutoCommit());
        }
        db.execute("DROP TABLE public.retort_version");
        assertEquals(before, db.schemaDump());
    }
}
