package dev.retort.diff;

import static dev.retort.diff.Models.inverse;
import static dev.retort.diff.Models.model;
import static dev.retort.diff.Models.table;
import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.tableComment;
import static dev.retort.migration.Ddl.unique;
import static dev.retort.migration.Ddl.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddForeignKey;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans run on a real PostgreSQL: build A from nothing, migrate A to B, migrate back and compare
 * {@code pg_dump} with A byte for byte, migrate to B again and compare with B built from nothing.
 * Where a pair drops columns, the dropped column is the last one of its table, because re-adding a
 * column puts it at the end: that is what makes the downgrade's dump exactly A's.
 */
@ExtendWith(PostgresExtension.class)
class DiffRoundTripTest {

    private static void apply(TestDatabase db, List<Operation> operations) {
        db.execute(Models.sql(operations).toArray(String[]::new));
    }

    private static List<Operation> plan(TestDatabase db, SchemaModel a, SchemaModel b, boolean askServer) {
        if (!askServer) {
            return Models.diff(a, b);
        }
        try (Connection connection = db.connect()) {
            return new SchemaDiffer(Models.DIALECT, new PostgresExpressionCanonicalizer(connection)).diff(a, b, Models.ALL);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the plan from A to B */
    private static List<Operation> roundTrip(TestDatabase db, TestDatabase fresh, SchemaModel a, SchemaModel b,
                                             boolean exact, boolean askServer) {
        apply(db, Models.diff(SchemaModel.empty(), a));
        String dumpA = db.schemaDump();
        List<Operation> up = plan(db, a, b, askServer);
        assertFalse(up.isEmpty());
        apply(db, up);
        String dumpB = db.schemaDump();
        assertNotEquals(dumpA, dumpB);

        apply(db, inverse(up));
        assertEquals(dumpA, db.schemaDump(), "the downgrade restores A exactly");

        apply(db, up);
        assertEquals(dumpB, db.schemaDump(), "upgrading again gives the same schema");

        apply(fresh, Models.diff(SchemaModel.empty(), b));
        String built = fresh.schemaDump();
        if (exact) {
            assertEquals(built, dumpB, "migrated and freshly built B are identical");
        } else {
            assertEquals(ignoringColumnOrder(built), ignoringColumnOrder(dumpB), "migrated and freshly built B agree");
        }
        return up;
    }

    @Test
    void addsTablesColumnsAndConstraintsIncludingCycles(TestDatabase db, TestDatabase fresh) {
        Table customer = table("customer", Fixtures.id(), column("email", "varchar(255)").notNull(),
                primaryKey("customer_pkey", "id"));
        SchemaModel a = model(customer);

        Table customerB = table("customer", tableComment("people"), Fixtures.id(),
                column("email", "varchar(255)").notNull(),
                column("score", "integer").notNull().defaultValue("0").comment("loyalty"),
                column("code", "varchar(10)"),
                primaryKey("customer_pkey", "id"), unique("customer_code_key", "code"),
                check("customer_score_check", "score >= 0"), index("idx_customer_email", "email").descending("email"));
        Table node = table("node", Fixtures.id(), column("parent_id", "bigint"), primaryKey("node_pkey", "id"),
                foreignKey("node_parent_id_fkey", "parent_id").references("node", "id"));
        Table x = Fixtures.cycleTable("x", "y");
        Table y = Fixtures.cycleTable("y", "z");
        Table z = Fixtures.cycleTable("z", "x");
        Table order = table("order", Fixtures.id(), column("customer_code", "varchar(10)"), primaryKey("order_pkey", "id"),
                foreignKey("order_customer_code_fkey", "customer_code").references("customer", "code"));
        SchemaModel b = model(List.of(customerB, node, x, y, z, order), List.of(sequence("customer_seq").incrementBy(50)));

        List<Operation> up = roundTrip(db, fresh, a, b, true, false);
        assertEquals(1, up.stream().filter(o -> o instanceof AddForeignKey f && f.foreignKey().name().equals("z_ref_id_fkey")).count(),
                "the cycle x -> y -> z -> x is closed after the creates");
        assertTrue(up.stream().anyMatch(o -> o instanceof AddForeignKey f && f.table().name().equals("order")),
                "a new table's key to the unique the existing table gains waits for it");
    }

    @Test
    void dropsChangesAndRemovesIncludingDroppedTableCycles(TestDatabase db, TestDatabase fresh) {
        List<Operation> up = roundTrip(db, fresh, Fixtures.shop(), Fixtures.shopChanged(), false, false);
        assertTrue(up.stream().anyMatch(o -> o instanceof DropForeignKey f && f.table().name().equals("tag_b")));
    }

    @Test
    void rebuildsKeysDropsReferencedTablesAndAsksTheServerAboutExpressions(TestDatabase db, TestDatabase fresh) {
        Table parent = table("parent", Fixtures.id(), column("code", "text").notNull(), primaryKey("parent_pkey", "id"),
                unique("parent_code_key", "code"));
        Table child = table("child", Fixtures.id(), column("parent_id", "bigint"), column("parent_code", "text"),
                primaryKey("child_pkey", "id"),
                foreignKey("child_parent_id_fkey", "parent_id").references("parent", "id"),
                foreignKey("child_parent_code_fkey", "parent_code").references("parent", "code"));
        Table node = table("node", Fixtures.id(), column("parent_id", "bigint"), primaryKey("node_pkey", "id"),
                foreignKey("node_parent_id_fkey", "parent_id").references("node", "id"));
        Table item = table("item", column("id", "bigint").notNull(), column("sku", "varchar(20)").notNull(),
                column("qty", "integer").defaultValue("0"), column("price", "numeric(10,2)"), column("note", "text"),
                primaryKey("item_pkey", "id"), unique("item_sku_key", "sku"), check("item_qty_check", "qty >= 0"),
                index("idx_item_note", "note"));
        Table holder = table("holder", Fixtures.id(), column("item_id", "bigint"), primaryKey("holder_pkey", "id"),
                foreignKey("holder_item_id_fkey", "item_id").references("item", "id"));
        SchemaModel a = model(List.of(parent, child, node, item, holder, Fixtures.cycleTable("x", "y"),
                Fixtures.cycleTable("y", "z"), Fixtures.cycleTable("z", "x")), List.of(sequence("gone_seq")));

        Table childB = table("child", Fixtures.id(), column("parent_id", "bigint"), column("parent_code", "text"),
                primaryKey("child_pkey", "id"));
        Table itemB = table("item", tableComment("things for sale"), column("id", "bigint").identityByDefault(),
                column("sku", "varchar(40)").notNull(), column("qty", "integer").notNull().defaultValue("1"),
                column("price", "numeric(12,2)"),
                primaryKey("item_pkey", "id", "sku"), check("item_qty_check", "qty >= 1"),
                uniqueIndex("ux_item_price", "price").where("price > 0"));
        Table holderB = table("holder", Fixtures.id(), column("item_id", "bigint"), column("item_sku", "varchar(40)"),
                primaryKey("holder_pkey", "id"),
                foreignKey("holder_item_fkey", "item_id", "item_sku").references("item", "id", "sku"));
        Table line = table("order_line", Fixtures.id(), column("item_id", "bigint"), column("item_sku", "varchar(40)"),
                primaryKey("order_line_pkey", "id"),
                foreignKey("order_line_item_fkey", "item_id", "item_sku").references("item", "id", "sku"));
        SchemaModel b = model(List.of(childB, itemB, holderB, line), List.of());

        List<Operation> up = roundTrip(db, fresh, a, b, false, true);
        List<String> changes = ChangeReport.of(up).stream().map(Change::describe).toList();
        assertTrue(changes.contains("modify_default item.qty: 0 -> 1"), changes.toString());
        assertTrue(changes.contains("add_check item item_qty_check (qty >= 1)"), changes.toString());
    }

    @Test
    void aPlanOfAModelAgainstItselfIsEmptyAndTheBuiltSchemaMatchesTheModel(TestDatabase db) {
        SchemaModel shop = Fixtures.shop();
        apply(db, Models.diff(SchemaModel.empty(), shop));
        try (Connection connection = db.connect()) {
            assertEquals(List.of(), new SchemaDiffer(Models.DIALECT, new PostgresExpressionCanonicalizer(connection))
                    .diff(shop, shop, Models.ALL));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dump with the column and constraint lines inside each CREATE TABLE sorted. */
    static String ignoringColumnOrder(String dump) {
        List<String> out = new ArrayList<>();
        List<String> body = null;
        for (String line : dump.split("\n", -1)) {
            if (body == null) {
                out.add(line);
                if (line.startsWith("CREATE TABLE ") && line.endsWith("(")) {
                    body = new ArrayList<>();
                }
            } else if (line.startsWith(")")) {
                body.replaceAll(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
                Collections.sort(body);
                out.add(String.join(",\n", body));
                out.add(line);
                body = null;
            } else {
                body.add(line);
            }
        }
        return String.join("\n", out);
    }
}
