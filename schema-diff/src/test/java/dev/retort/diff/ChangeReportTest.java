package dev.retort.diff;

import static dev.retort.diff.Models.name;
import static dev.retort.diff.Models.table;
import static dev.retort.migration.Ddl.CASCADE;
import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeReportTest {
    private static final TableName CUSTOMER = name("customer");

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void oneEntryPerChangedAspectOfAColumn() {
        Column from = new Column("email", "varchar(100)", true, "'x'::character varying", null, "old");
        Column to = new Column("email", "varchar(255)", false, "'y'", null, null);
        List<Change> changes = ChangeReport.of(List.of(new AlterColumn(CUSTOMER, from, to)));
        assertEquals(List.of(
                new Change("modify_type", null, "customer", map("column", "email", "from", "varchar(100)", "to", "varchar(255)")),
                new Change("modify_nullable", null, "customer", map("column", "email", "from", true, "to", false)),
                new Change("modify_default", null, "customer", map("column", "email", "from", "'x'::character varying", "to", "'y'")),
                new Change("modify_comment", null, "customer", map("column", "email", "from", "old", "to", null))), changes);
        assertEquals(List.of(
                "modify_type customer.email: varchar(100) -> varchar(255)",
                "modify_nullable customer.email: nullable -> not null",
                "modify_default customer.email: 'x'::character varying -> 'y'",
                "modify_comment customer.email: old -> none"), changes.stream().map(Change::describe).toList());
        List<Change> identity = ChangeReport.of(List.of(new AlterColumn(CUSTOMER, column("id", "bigint").notNull(),
                column("id", "bigint").identityByDefault())));
        assertEquals(List.of("modify_identity customer.id: none -> BY DEFAULT"), identity.stream().map(Change::describe).toList());
    }

    @Test
    void namesEveryOperationInAlembicsVocabulary() {
        TableName shopOrder = new TableName("shop", "order");
        List<Change> changes = ChangeReport.of(List.of(
                new CreateSequence(sequence("customer_seq").incrementBy(50)),
                new CreateTable(table("customer", column("id", "bigint").notNull(), column("note", "text"))),
                new DropTable(table("legacy", column("id", "integer"))),
                new AddColumn(CUSTOMER, column("note", "text")),
                new DropColumn(CUSTOMER, column("score", "integer").notNull().defaultValue("0")),
                new AddPrimaryKey(CUSTOMER, primaryKey("customer_pkey", "id")),
                new AddUniqueConstraint(CUSTOMER, unique("customer_email_key", "email")),
                new AddCheckConstraint(CUSTOMER, check("customer_score_check", "score >= 0")),
                new CreateIndex(CUSTOMER, index("idx_customer_created", "created").descending("created").where("id > 0")),
                new DropIndex(CUSTOMER, index("idx_old", "a", "b")),
                new AddForeignKey(shopOrder, foreignKey("fk_order_customer", "customer_id").references("customer", "id").onDelete(CASCADE)),
                new SetTableComment(CUSTOMER, null, "people"),
                new AlterSequence(sequence("customer_seq").incrementBy(50), sequence("customer_seq").incrementBy(10).cache(5))));
        assertEquals(List.of("add_sequence", "add_table", "remove_table", "add_column", "remove_column", "add_pk", "add_unique",
                "add_check", "add_index", "remove_index", "add_fk", "modify_table_comment", "modify_sequence"),
                changes.stream().map(Change::op).toList());
        assertEquals(List.of(
                "add_sequence customer_seq (increment 50)",
                "add_table customer (2 columns)",
                "remove_table legacy (1 column)",
                "add_column customer.note (text, nullable)",
                "remove_column customer.score (integer, not null, default 0)",
                "add_pk customer customer_pkey (id)",
                "add_unique customer customer_email_key (email)",
                "add_check customer customer_score_check (score >= 0)",
                "add_index customer idx_customer_created (created DESC) where id > 0",
                "remove_index customer idx_old (a, b)",
                "add_fk shop.order fk_order_customer (customer_id) -> customer (id) on delete CASCADE",
                "modify_table_comment customer: none -> people",
                "modify_sequence customer_seq: increment 50 -> 10, cache 1 -> 5"), changes.stream().map(Change::describe).toList());

        assertEquals(new Change("add_fk", "shop", "order", map("name", "fk_order_customer", "columns", List.of("customer_id"),
                "referenced_table", "customer", "referenced_columns", List.of("id"), "on_delete", "CASCADE",
                "on_update", "NO ACTION")), changes.get(10));
        assertEquals(new Change("modify_sequence", null, null, map("name", "customer_seq",
                "increment", map("from", 50L, "to", 10L), "cache", map("from", 1L, "to", 5L))), changes.get(12));
        assertEquals(new Change("add_index", null, "customer", map("name", "idx_customer_created",
                "columns", List.of("created DESC"), "unique", false, "where", "id > 0")), changes.get(8));
        assertEquals(List.of("columns"), List.copyOf(changes.get(1).details().keySet()));
        assertEquals(List.of("op", "schema", "table", "name", "columns", "referenced_table", "referenced_columns",
                "on_delete", "on_update"), List.copyOf(changes.get(10).asMap().keySet()));
        assertEquals("shop", changes.get(10).asMap().get("schema"));
        assertEquals(null, changes.get(0).asMap().get("table"));
        assertEquals(List.of("column", "type", "nullable", "default"), List.copyOf(changes.get(4).details().keySet()));
    }

    @Test
    void reportsWhatTheDifferPlans() {
        List<Change> changes = ChangeReport.of(Models.diff(Fixtures.shop(), Fixtures.shopChanged()));
        assertEquals(List.of(
                "add_sequence invoice_seq (increment 50)",
                "modify_sequence customer_seq: increment 50 -> 10",
                "remove_fk purchase fk_purchase_customer (customer_id) -> customer (id)",
                "remove_fk tag_b fk_tag_b_a (a_id) -> tag_a (id)",
                "remove_table tag_a (2 columns)",
                "remove_table tag_b (2 columns)",
                "add_table invoice (2 columns)",
                "add_column customer.nickname (text, nullable)",
                "remove_index customer idx_customer_name (name)",
                "remove_index customer idx_customer_legacy (legacy_code)",
                "remove_check customer customer_status_check (status in ('A','B'))",
                "modify_type customer.email: varchar(100) -> varchar(255)",
                "modify_default customer.status: none -> 'A'",
                "add_check customer customer_status_values (status in ('A','B','C'))",
                "add_index customer idx_customer_name (name, email)",
                "modify_table_comment customer: none -> people who buy",
                "remove_column customer.legacy_code (varchar(10), nullable)",
                "add_fk purchase fk_purchase_customer (customer_id) -> customer (id) on delete CASCADE",
                "remove_sequence old_seq (increment 1)"), changes.stream().map(Change::describe).toList());
    }
}
