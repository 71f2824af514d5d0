package dev.retort.runner;

import static dev.retort.migration.Ddl.column;
import static dev.retort.runner.Db.tableExists;
import static dev.retort.runner.Db.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.IrreversibleOperationException;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A failing migration is rolled back whole; the steps committed before it stay. */
@ExtendWith(PostgresExtension.class)
class MigrationFailureTest {

    private static History failingSecond() {
        return new History()
                .add("a1", "create customer",
                        op -> op.createTable("customer", column("id", "int")),
                        op -> op.dropTable("customer", column("id", "int")))
                .add("b2", "add orders and touch a missing table",
                        op -> {
                            op.createTable("orders", column("id", "int"));
                            op.execute("ALTER TABLE no_such_table ADD COLUMN x int");
                            op.addColumn("customer", column("note", "text"));
                        },
                        op -> op.dropTable("orders", column("id", "int")));
    }

    @Test
    void failingStatementRollsBackItsMigrationOnly(TestDatabase db) throws Exception {
        List<String> dumpsAfterCommit = new ArrayList<>();
        try (Connection c = db.connect()) {
            MigrationRunner runner = failingSecond().runner(c, "public", step -> dumpsAfterCommit.add(db.schemaDump()));
            RetortException e = assertThrows(RetortException.class, () -> runner.upgrade("head"));
            assertEquals(ErrorKind.MIGRATION_FAILED, e.kind());
            assertEquals("upgrade of revision b2 (add orders and touch a missing table) in migrations/V_b2.java failed"
                    + " at statement 2 of 3 (ALTER TABLE no_such_table ADD COLUMN x int): ERROR: relation"
                    + " \"no_such_table\" does not exist [SQLSTATE 42P01]; rolled back; the database is still at"
                    + " revision a1 (create customer)", e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertInstanceOf(SQLException.class, e.getCause());
            assertEquals(Set.of("a1"), runner.current());
            assertTrue(c.getAutoCommit());
        }
        assertEquals(1, dumpsAfterCommit.size(), "only a1 was committed");
        assertEquals(dumpsAfterCommit.get(0), db.schemaDump(), "the schema is exactly as a1 left it");
        assertTrue(tableExists(db, "public.customer"));
        assertFalse(tableExists(db, "public.orders"));
        assertEquals(Set.of("a1"), versionRows(db));
    }

    @Test
    void failingFirstMigrationLeavesNoVersionTable(TestDatabase db) throws Exception {
        History history = new History().add("a1", "broken",
                op -> {
                    op.createTable("customer", column("id", "int"));
                    op.execute("SELECT 1/0");
                },
                op -> { });
        String before = db.schemaDump();
        try (Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> history.runner(c).upgrade("head"));
            assertTrue(e.getMessage().contains("failed at statement 2 of 2 (SELECT 1/0): ERROR: division by zero"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("the database is still at base (no revisions applied)"), e.getMessage());
        }
        assertEquals(before, db.schemaDump(), "even the version table created for the first step is rolled back");
        assertFalse(tableExists(db, "public.retort_version"));
    }

    @Test
    void longStatementsAreAbbreviated(TestDatabase db) throws Exception {
        String longSql = "SELECT " + "1 + ".repeat(100) + "no_such_column";
        History history = new History().add("a1", "long", op -> op.execute(longSql), op -> { });
        try (Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> history.runner(c).upgrade("head"));
            assertTrue(e.getMessage().contains("(SELECT 1 + 1 + "), e.getMessage());
            assertTrue(e.getMessage().contains(" + 1 ...): ERROR: column \"no_such_column\" does not exist"), e.getMessage());
            assertFalse(e.getMessage().contains("+ no_such_column"), "the statement is cut short");
            assertTrue(e.getMessage().length() < longSql.length(), e.getMessage());
        }
    }

    @Test
    void theServersHintStaysOnTheOneLine(TestDatabase db) throws Exception {
        History history = new History().add("a1", "hinted", op -> op.execute("SELECT no_such_function(1)"), op -> { });
        try (Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> history.runner(c).upgrade("head"));
            assertTrue(e.getMessage().contains("ERROR: function no_such_function(integer) does not exist"
                    + " (Hint: No function matches the given name and argument types."), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void irreversibleDowngradeFailsCleanly(TestDatabase db) throws Exception {
        History history = new History()
                .add("a1", "create customer",
                        op -> op.createTable("customer", column("id", "int")),
                        op -> op.dropTable("customer", column("id", "int")))
                .add("b2", "backfill",
                        op -> op.execute("INSERT INTO customer VALUES (1)"),
                        op -> {
                            op.dropTable("customer", column("id", "int"));
                            op.apply(new ExecuteSql("INSERT INTO customer VALUES (1)", null).invert());
                        });
        try (Connection c = db.connect()) {
            MigrationRunner runner = history.runner(c);
            runner.upgrade("head");
            String before = db.schemaDump();
            RetortException e = assertThrows(RetortException.class, () -> runner.downgrade("base"));
            assertEquals(ErrorKind.MIGRATION_FAILED, e.kind());
            assertInstanceOf(IrreversibleOperationException.class, e.getCause());
            assertTrue(e.getMessage().startsWith("downgrade of revision b2 (backfill) in migrations/V_b2.java failed"
                    + " before any of its SQL ran: execute(\"INSERT INTO customer VALUES (1)\") has no undo statement"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; the database is still at revision b2 (backfill)"), e.getMessage());
            assertEquals(before, db.schemaDump());
            assertEquals(Set.of("b2"), versionRows(db));
            assertEquals(List.of("1"), Db.query(db, "SELECT id::text FROM customer"));
        }
    }

    @Test
    void bugInMigrationCodeRunsNothingOfIt(TestDatabase db) throws Exception {
        History history = new History()
                .add("a1", "create customer",
                        op -> op.createTable("customer", column("id", "int")),
                        op -> op.dropTable("customer", column("id", "int")))
                .add("b2", "buggy",
                        op -> {
                            op.createTable("orders", column("id", "int"));
                            throw new IllegalStateException("forgot something\nsecond line");
                        },
                        op -> { });
        try (Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> history.runner(c).upgrade("head"));
            assertEquals(ErrorKind.MIGRATION_FAILED, e.kind());
            assertEquals("upgrade of revision b2 (buggy) in migrations/V_b2.java failed before any of its SQL ran:"
                    + " IllegalStateException: forgot something; the database is still at revision a1 (create customer)",
                    e.getMessage());
        }
        assertFalse(tableExists(db, "public.orders"));
        assertEquals(Set.of("a1"), versionRows(db));
    }
}
