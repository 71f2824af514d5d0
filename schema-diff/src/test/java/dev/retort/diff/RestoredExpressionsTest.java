package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.reflect.PostgresCatalogReflector;
import dev.retort.diff.reflect.ReflectRequest;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hibernate-style checks, partial indexes and defaults whose text PostgreSQL does not parse back into
 * the same tree: a schema is reflected, a plan drops or changes them, and applying the plan and then
 * its inverse must leave {@code pg_dump} byte for byte as it was.
 */
@ExtendWith(PostgresExtension.class)
class RestoredExpressionsTest {

    /** What Hibernate 7 creates for a few enums and a single-table hierarchy, plus two hand-written oddities. */
    private static void createExpenses(TestDatabase db) {
        db.execute("create table expense (id bigint not null, kind varchar(31) not null, guests integer,"
                        + " genre varchar(255), level smallint, status varchar(20), score integer default -1::integer,"
                        + " note varchar(40) default 'n/a',"
                        + " primary key (id),"
                        + " check (kind in ('Expense','MEAL','TRAVEL')),"
                        + " check (genre in ('NOVEL','POETRY','SCIENCE')),"
                        + " check (level between 0 and 2),"
                        + " check (status not in ('DELETED','PURGED')),"
                        + " constraint expense_check check (kind <> 'MEAL' or (guests is not null)))",
                "create index expense_open_idx on expense (id) where status in ('OPEN','HELD')",
                "create table keeper (id bigint primary key)");
    }

    private static SchemaModel reflect(TestDatabase db) {
        try (Connection c = db.connect()) {
            return new PostgresCatalogReflector().reflect(c, new ReflectRequest("public", Set.of(), Models.ALL));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DiffResult plan(TestDatabase db, SchemaModel from, SchemaModel to) {
        try (Connection c = db.connect()) {
            return new SchemaDiffer(Models.DIALECT, new PostgresExpressionCanonicalizer(c)).plan(from, to, Models.ALL);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void apply(TestDatabase db, List<Operation> operations) {
        db.execute(Models.sql(operations).toArray(String[]::new));
    }

    /** Applies the plan and its inverse and asserts that the dump is what it was; returns the plan. */
    private static List<Operation> upAndDown(TestDatabase db, SchemaModel target) {
        String before = db.schemaDump();
        DiffResult result = plan(db, reflect(db), target);
        assertEquals(List.of(), result.warnings());
        apply(db, result.operations());
        assertNotEquals(before, db.schemaDump(), "the plan changes something");
        apply(db, Models.inverse(result.operations()));
        assertEquals(before, db.schemaDump(), "the downgrade restores the schema byte for byte");
        return result.operations();
    }

    private static SchemaModel withExpense(SchemaModel model, UnaryOperator<Table> change) {
        List<Table> tables = new ArrayList<>();
        for (Table table : model.tables()) {
            tables.add(table.name().equals("expense") ? change.apply(table) : table);
        }
        return new SchemaModel(tables, model.sequences());
    }

    private static Table withChecks(Table table, List<CheckConstraint> checks) {
        return new Table(table.schema(), table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
                table.uniques(), table.indexes(), checks, table.comment());
    }

    private static Map<String, String> droppedChecks(List<Operation> plan) {
        return plan.stream().filter(o -> o instanceof DropCheckConstraint).map(o -> ((DropCheckConstraint) o).check())
                .collect(Collectors.toMap(CheckConstraint::name, CheckConstraint::expression));
    }

    @Test
    void droppedChecksAndPartialIndexComeBackExactly(TestDatabase db) {
        createExpenses(db);
        SchemaModel reflected = reflect(db);
        SchemaModel bare = withExpense(reflected, t -> withChecks(t, List.of()).withIndexes(List.of()));

        String before = db.schemaDump();
        List<Operation> verbatim = new SchemaDiffer(Models.DIALECT).diff(reflected, bare, Models.ALL);
        apply(db, verbatim);
        apply(db, Models.inverse(verbatim));
        assertNotEquals(before, db.schemaDump(), "re-creating the reflected texts as they are changes the dump");
        db.execute("drop table expense", "drop table keeper");
        createExpenses(db);
        assertEquals(before, db.schemaDump());

        List<Operation> plan = upAndDown(db, bare);
        Map<String, String> checks = droppedChecks(plan);
        assertEquals("(kind IN ('Expense', 'MEAL', 'TRAVEL'))", checks.get("expense_kind_check"));
        assertEquals("(genre IN ('NOVEL', 'POETRY', 'SCIENCE'))", checks.get("expense_genre_check"));
        assertEquals("(status NOT IN ('DELETED', 'PURGED'))", checks.get("expense_status_check"));
        assertEquals(reflectedCheck(reflected, "expense_level_check"), checks.get("expense_level_check"),
                "a text that comes back as it is stays as it is");
        assertEquals(reflectedCheck(reflected, "expense_check"), checks.get("expense_check"));
        DropIndex index = (DropIndex) plan.stream().filter(o -> o instanceof DropIndex).findFirst().orElseThrow();
        assertEquals("(status IN ('OPEN', 'HELD'))", index.index().where());
    }

    @Test
    void aDroppedTableComesBackExactly(TestDatabase db) {
        createExpenses(db);
        SchemaModel reflected = reflect(db);
        SchemaModel without = new SchemaModel(reflected.tables().stream().filter(t -> !t.name().equals("expense")).toList(),
                reflected.sequences());
        List<Operation> plan = upAndDown(db, without);
        Table dropped = ((DropTable) plan.get(0)).table();
        assertEquals("(- 1::integer)", dropped.column("score").orElseThrow().defaultValue());
        assertEquals("'n/a'::character varying", dropped.column("note").orElseThrow().defaultValue());
        assertTrue(dropped.checks().contains(new CheckConstraint("expense_genre_check", "(genre IN ('NOVEL', 'POETRY', 'SCIENCE'))")),
                dropped.checks().toString());
    }

    @Test
    void aCheckWhoseBodyChangesComesBackExactlyAndColumnsToo(TestDatabase db) {
        createExpenses(db);
        SchemaModel reflected = reflect(db);
        SchemaModel changed = withExpense(reflected, t -> {
            List<CheckConstraint> checks = new ArrayList<>();
            for (CheckConstraint check : t.checks()) {
                checks.add(check.name().equals("expense_genre_check")
                        ? new CheckConstraint(check.name(), "genre in ('NOVEL','POETRY','SCIENCE','DRAMA')") : check);
            }
            List<Column> columns = new ArrayList<>();
            for (Column column : t.columns()) {
                if (column.name().equals("score")) {
                    columns.add(column.type("bigint"));
                } else if (!column.name().equals("note")) {
                    columns.add(column);
                }
            }
            return new Table(t.schema(), t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(),
                    checks, t.comment());
        });
        List<Operation> plan = upAndDown(db, changed);
        assertEquals("(genre IN ('NOVEL', 'POETRY', 'SCIENCE'))", droppedChecks(plan).get("expense_genre_check"));
        assertTrue(plan.stream().anyMatch(o -> o instanceof AddCheckConstraint a
                && a.check().expression().equals("genre in ('NOVEL','POETRY','SCIENCE','DRAMA')")), plan.toString());
        AlterColumn score = (AlterColumn) plan.stream().filter(o -> o instanceof AlterColumn).findFirst().orElseThrow();
        assertEquals("(- 1::integer)", score.from().defaultValue());
        assertEquals(score.from().defaultValue(), score.to().defaultValue(), "the default itself does not change");
        DropColumn note = (DropColumn) plan.stream().filter(o -> o instanceof DropColumn).findFirst().orElseThrow();
        assertEquals("'n/a'::character varying", note.column().defaultValue());
    }

    @Test
    void anUnchangedSchemaAsksNothingAboutRestoringAndKnownDropsShareTheQuestionsRoundTrip(TestDatabase db)
            throws SQLException {
        createExpenses(db);
        SchemaModel reflected = reflect(db);
        SchemaModel entities = withExpense(reflected, t -> withChecks(t, List.of(
                new CheckConstraint("expense_kind_check", "kind in ('Expense','MEAL','TRAVEL')"),
                new CheckConstraint("expense_genre_check", "genre in ('NOVEL','POETRY','SCIENCE')"),
                new CheckConstraint("expense_level_check", "level between 0 and 2"),
                new CheckConstraint("expense_status_check", "status not in ('DELETED','PURGED')"),
                new CheckConstraint("expense_check", "kind <> 'MEAL' or (guests is not null)"))));
        SchemaModel entitiesWithoutIndex = withExpense(entities, t -> t.withIndexes(List.of()));
        SchemaModel entitiesWithNewGenre = withExpense(entities, t -> withChecks(t, t.checks().stream()
                .map(c -> c.name().equals("expense_genre_check")
                        ? new CheckConstraint(c.name(), "genre in ('NOVEL','POETRY','SCIENCE','DRAMA')") : c).toList()));
        SchemaModel withoutExpense = new SchemaModel(reflected.tables().stream()
                .filter(t -> !t.name().equals("expense")).toList(), reflected.sequences());
        try (Connection raw = db.connect()) {
            assertEquals(List.of(), count(raw, reflected, reflected, 0), "nothing to ask, nothing asked");
            assertEquals(List.of(), count(raw, reflected, entities, 1), "the questions alone: one round trip");
            List<Operation> dropIndex = count(raw, reflected, entitiesWithoutIndex, 1);
            assertEquals("(status IN ('OPEN', 'HELD'))", ((DropIndex) dropIndex.get(0)).index().where(),
                    "questions and a dropped partial index: still one round trip");
            List<Operation> dropExpense = count(raw, reflected, withoutExpense, 1);
            assertTrue(dropExpense.get(0) instanceof DropTable, "a dropped table with expressions alone: one round trip");
            List<Operation> newGenre = count(raw, reflected, entitiesWithNewGenre, 2);
            assertEquals("(genre IN ('NOVEL', 'POETRY', 'SCIENCE'))", droppedChecks(newGenre).get("expense_genre_check"),
                    "a check the verdicts change is restored in one more round trip");
        }
    }

    @Test
    void warnsAboutATextThatNoRewriteRestoresAndKeepsIt(TestDatabase db) {
        Table reflected = Models.table("account", Column.of("id", "bigint").notNull(),
                Column.of("status", "character varying(20)"), new CheckConstraint("account_status_check", "status in ('A','B')"));
        Table target = Models.table("account", Column.of("id", "bigint").notNull(), Column.of("status", "character varying(20)"));
        DiffResult result = plan(db, Models.model(reflected), Models.model(target));
        assertEquals(List.of(new DropCheckConstraint(Models.name("account"),
                new CheckConstraint("account_status_check", "status in ('A','B')"))), result.operations());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("check constraint account_status_check on account: PostgreSQL stores"
                + " the reflected text (status in ('A','B')) differently"), result.warnings().get(0));
    }

    private static List<Operation> count(Connection raw, SchemaModel from, SchemaModel to, int expected) {
        CountingConnection counting = new CountingConnection(raw);
        List<Operation> plan = new SchemaDiffer(Models.DIALECT, new PostgresExpressionCanonicalizer(counting.connection))
                .diff(from, to, Models.ALL);
        assertEquals(expected, counting.statements.get(), "round trips for " + plan);
        return plan;
    }

    private static String reflectedCheck(SchemaModel model, String name) {
        return model.tables().stream().flatMap(t -> t.checks().stream()).filter(c -> c.name().equals(name))
                .map(CheckConstraint::expression).findFirst().orElseThrow();
    }
}
