package dev.retort.diff;

import static dev.retort.migration.Ddl.CASCADE;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddForeignKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random foreign-key graphs (self references and cycles included) among tables that are kept,
 * dropped and created: every plan runs, its downgrade restores the dump exactly, and the migrated
 * schema equals the one built from nothing.
 */
@ExtendWith(PostgresExtension.class)
class RandomPlansTest {
    private static final int TABLES = 6;

    private static SchemaModel randomModel(Random random) {
        List<Table> tables = new ArrayList<>();
        boolean[] present = new boolean[TABLES];
        for (int i = 0; i < TABLES; i++) {
            present[i] = random.nextInt(3) > 0;
        }
        for (int i = 0; i < TABLES; i++) {
            if (!present[i]) {
                continue;
            }
            List<TableElement> elements = new ArrayList<>();
            elements.add(column("id", "bigint").notNull());
            for (int j = 0; j < TABLES; j++) {
                elements.add(column("r" + j, "bigint"));
            }
            elements.add(primaryKey("g" + i + "_pkey", "id"));
            for (int j = 0; j < TABLES; j++) {
                if (present[j] && random.nextBoolean()) {
                    ForeignKey fk = foreignKey("g" + i + "_r" + j + "_fkey", "r" + j).references("g" + j, "id");
                    elements.add(random.nextBoolean() ? fk : fk.onDelete(CASCADE));
                }
            }
            tables.add(Models.table("g" + i, elements.toArray(TableElement[]::new)));
        }
        return new SchemaModel(tables, List.of());
    }

    private static void apply(TestDatabase db, List<Operation> operations) {
        db.execute(Models.sql(operations).toArray(String[]::new));
    }

    @Test
    void everyRandomPlanRunsBothWays(TestDatabase db, TestDatabase fresh) {
        String empty = db.schemaDump();
        int createdCycles = 0;
        int droppedCycles = 0;
        for (int seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            SchemaModel a = randomModel(random);
            SchemaModel b = randomModel(random);
            String context = "seed " + seed;

            List<Operation> createA = Models.diff(SchemaModel.empty(), a);
            createdCycles += count(createA, AddForeignKey.class, CreateTable.class);
            apply(db, createA);
            String dumpA = db.schemaDump();
            List<Operation> up = Models.diff(a, b);
            createdCycles += count(up, AddForeignKey.class, CreateTable.class);
            droppedCycles += count(up, DropForeignKey.class, DropTable.class);
            apply(db, up);
            String dumpB = db.schemaDump();
            apply(db, Models.inverse(up));
            assertEquals(dumpA, db.schemaDump(), context);

            apply(fresh, Models.diff(SchemaModel.empty(), b));
            assertEquals(fresh.schemaDump(), dumpB, context);

            List<Operation> dropA = Models.diff(a, SchemaModel.empty());
            droppedCycles += count(dropA, DropForeignKey.class, DropTable.class);
            apply(db, dropA);
            apply(fresh, Models.diff(b, SchemaModel.empty()));
            assertEquals(empty, db.schemaDump(), context);
            assertEquals(empty, fresh.schemaDump(), context);
        }
        assertTrue(createdCycles > 0 && droppedCycles > 0,
                "the seeds cover cycles among new and among dropped tables: " + createdCycles + ", " + droppedCycles);
    }

    /** Foreign keys added (or dropped) on tables the same plan creates (or drops): the cycle breakers. */
    private static int count(List<Operation> plan, Class<? extends Operation> keyOp, Class<? extends Operation> tableOp) {
        java.util.Set<String> tables = new java.util.HashSet<>();
        for (Operation op : plan) {
            if (op instanceof CreateTable c && tableOp == CreateTable.class) {
                tables.add(c.table().name());
            } else if (op instanceof DropTable d && tableOp == DropTable.class) {
                tables.add(d.table().name());
            }
        }
        int n = 0;
        for (Operation op : plan) {
            if (op instanceof AddForeignKey f && keyOp == AddForeignKey.class && tables.contains(f.table().name())
                    || op instanceof DropForeignKey f2 && keyOp == DropForeignKey.class && tables.contains(f2.table().name())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aRandomModelAgainstItselfGivesNothing() {
        for (int seed = 100; seed < 300; seed++) {
            SchemaModel model = randomModel(new Random(seed));
            assertEquals(List.of(), Models.diff(model, model), "seed " + seed);
        }
    }
}
