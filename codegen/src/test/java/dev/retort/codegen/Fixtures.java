package dev.retort.codegen;

import static dev.retort.migration.Ddl.CASCADE;
import static dev.retort.migration.Ddl.RESTRICT;
import static dev.retort.migration.Ddl.SET_DEFAULT;
import static dev.retort.migration.Ddl.SET_NULL;
import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.tableComment;
import static dev.retort.migration.Ddl.unique;
import static dev.retort.migration.Ddl.uniqueIndex;

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
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Migration specs shared by the golden-file and round-trip tests. */
final class Fixtures {
    static final String PACKAGE = "com.example.migrations";
    static final Instant CREATED = Instant.parse("2026-12-01T07:38:12.481516Z");
    private static final TableName CUSTOMER = TableName.of("customer");
    private static final TableName PRODUCT = TableName.of("product");

    private Fixtures() {
    }

    /** The realistic specs that have golden files, by golden file name. */
    static Map<String, MigrationSpec> goldenSpecs() {
        Map<String, MigrationSpec> specs = new LinkedHashMap<>();
        specs.put("initial_shop", spec("R20261201_073812_InitialShopSchema", "1a2b3c4d5e6f", List.of(),
                "Initial shop schema", initialShop()));
        specs.put("add_column_and_index", spec("R20261202_091500_AddCustomerPhone", "2b3c4d5e6f70",
                List.of("1a2b3c4d5e6f"), "Add customer phone", addColumnAndIndex()));
        specs.put("alter_columns", spec("R20261203_101010_WidenEmailAndTidyDefaults", "3c4d5e6f7081",
                List.of("2b3c4d5e6f70"), "Widen email, tidy defaults", alterColumns()));
        specs.put("drop_table", spec("R20261204_120000_DropProductReview", "4d5e6f708192",
                List.of("3c4d5e6f7081"), "Drop product_review", dropTable()));
        specs.put("merge", spec("R20261205_083000_MergeBillingAndShop", "5e6f708192a3",
                List.of("4d5e6f708192", "e1f2a3b4c5d6"), "Merge billing and shop", List.of()));
        specs.put("empty", spec("R20261206_140000_BackfillCustomerStatus", "6f708192a3b4",
                List.of("5e6f708192a3"), "Backfill customer status", List.of()));
        specs.put("sequences", spec("R20261207_160000_InvoiceNumbers", "708192a3b4c5",
                List.of("6f708192a3b4"), "Invoice numbers", sequences()));
        specs.put("other_schema", spec("R20261208_170000_BillingInvoices", "8192a3b4c5d6",
                List.of("708192a3b4c5"), "Billing invoices", otherSchema()));
        specs.put("data_migration", spec("R20261209_180000_SplitCustomerName", "92a3b4c5d6e7",
                List.of("8192a3b4c5d6"), "Split customer name \"full_name\" into first/last", dataMigration()));
        return specs;
    }

    static MigrationSpec spec(String className, String id, List<String> parents, String message, List<Operation> ops) {
        return new MigrationSpec(PACKAGE, className, id, parents, message, CREATED, ops);
    }

    static List<Operation> initialShop() {
        return List.of(
                new CreateSequence(sequence("customer_seq").incrementBy(50)),
                new CreateSequence(sequence("product_seq").incrementBy(50)),
                new CreateTable(table(null, "customer",
                        tableComment("Someone who buys from the shop"),
                        column("id", "bigint").notNull(),
                        column("email", "varchar(320)").notNull(),
                        column("first_name", "varchar(100)").notNull(),
                        column("last_name", "varchar(100)").notNull(),
                        column("status", "varchar(20)").notNull().defaultValue("'ACTIVE'"),
                        column("created_at", "timestamp(6) with time zone").notNull(),
                        primaryKey("customer_pkey", "id"),
                        unique("customer_email_key", "email"),
                        check("customer_status_check", "status IN ('ACTIVE', 'BLOCKED')"),
                        index("idx_customer_name", "last_name", "first_name"))),
                new CreateTable(table(null, "product",
                        column("id", "bigint").notNull(),
                        column("sku", "varchar(40)").notNull(),
                        column("name", "varchar(200)").notNull(),
                        column("price", "numeric(10,2)").notNull().comment("Gross price in EUR"),
                        primaryKey("product_pkey", "id"),
                        unique("uk_product_sku", "sku"),
                        index("idx_product_name", "name"))),
                new CreateTable(table(null, "purchase_order",
                        column("id", "bigint").identityByDefault(),
                        column("customer_id", "bigint").notNull(),
                        column("status", "varchar(20)").notNull(),
                        column("placed_at", "timestamp(6) with time zone").notNull(),
                        column("total", "numeric(12,2)").notNull().defaultValue("0"),
                        primaryKey("purchase_order_pkey", "id"),
                        foreignKey("fk_purchase_order_customer", "customer_id").references("customer", "id"),
                        index("idx_order_customer_placed", "customer_id", "placed_at").descending("placed_at"))),
                new CreateTable(table(null, "order_line",
                        column("id", "bigint").identityByDefault(),
                        column("order_id", "bigint").notNull(),
                        column("product_id", "bigint").notNull(),
                        column("quantity", "integer").notNull(),
                        column("unit_price", "numeric(10,2)").notNull(),
                        primaryKey("order_line_pkey", "id"),
                        unique("uk_order_line_product", "order_id", "product_id"),
                        check("order_line_quantity_check", "quantity > 0"),
                        foreignKey("fk_order_line_order", "order_id").references("purchase_order", "id").onDelete(CASCADE),
                        foreignKey("fk_order_line_product", "product_id").references("product", "id"))));
    }

    static List<Operation> addColumnAndIndex() {
        return List.of(
                new AddColumn(CUSTOMER, column("phone", "varchar(30)").comment("E.164, e.g. +4930123456")),
                new AddColumn(CUSTOMER, column("newsletter", "boolean").notNull().defaultValue("false")),
                new CreateIndex(CUSTOMER, index("idx_customer_phone", "phone").where("phone IS NOT NULL")),
                new CreateIndex(PRODUCT, uniqueIndex("idx_product_lower_name", "lower((name)::text)")));
    }

    static List<Operation> alterColumns() {
        return List.of(
                new AlterColumn(CUSTOMER, column("email", "varchar(320)").notNull(), column("email", "varchar(500)").notNull()),
                new AlterColumn(CUSTOMER, column("status", "varchar(20)").notNull().defaultValue("'ACTIVE'"),
                        column("status", "varchar(20)").notNull().defaultValue("'NEW'")),
                new AlterColumn(CUSTOMER, column("first_name", "varchar(100)").notNull(), column("first_name", "varchar(100)")),
                new AlterColumn(PRODUCT, column("price", "numeric(10,2)").notNull().comment("Gross price in EUR"),
                        column("price", "integer").notNull().defaultValue("0").comment("Gross price in cents"),
                        "round(price * 100)::integer"),
                new AlterColumn(PRODUCT, column("name", "varchar(200)").defaultValue("''"), column("name", "text").notNull()));
    }

    static List<Operation> dropTable() {
        Table review = table(null, "product_review",
                tableComment("What customers say about products.\nModerated daily."),
                column("id", "bigint").identityAlways(),
                column("product_id", "bigint").notNull(),
                column("customer_id", "bigint"),
                column("rating", "smallint").notNull(),
                column("title", "varchar(120)").notNull().defaultValue("'(untitled)'::character varying"),
                column("body", "text").comment("Markdown; may contain \"quotes\" and back\\slashes"),
                column("created_at", "timestamp(6) with time zone").notNull().defaultValue("now()"),
                primaryKey("product_review_pkey", "id"),
                unique("product_review_product_id_customer_id_key", "product_id", "customer_id"),
                check("product_review_rating_check", "rating >= 1 AND rating <= 5"),
                check("product_review_title_check", "char_length(title) > 0"),
                foreignKey("product_review_product_id_fkey", "product_id").references("product", "id")
                        .onDelete(CASCADE).onUpdate(RESTRICT),
                foreignKey("product_review_customer_id_fkey", "customer_id").references("customer", "id").onDelete(SET_NULL),
                index("idx_product_review_product_created", "product_id", "created_at").descending("created_at"),
                index("idx_product_review_recent", "created_at").where("rating >= 4"));
        return List.of(
                new DropForeignKey(TableName.of("review_vote"), foreignKey("review_vote_review_id_fkey", "review_id")
                        .references("product_review", "id").onDelete(CASCADE)),
                new DropTable(review));
    }

    static List<Operation> sequences() {
        return List.of(
                new CreateSequence(sequence("invoice_number_seq").as("integer").startWith(1000).incrementBy(1)
                        .minValue(1000).maxValue(999_999).cache(20)),
                new CreateSequence(sequence("ticket_seq").as("smallint").incrementBy(-1).startWith(-1)
                        .minValue(-32768).maxValue(-1).cycle(true)),
                new AlterSequence(sequence("customer_seq").incrementBy(50), sequence("customer_seq").incrementBy(100)
                        .cache(10).maxValue(9_000_000_000_000_000_000L)),
                new DropSequence(sequence("legacy_order_seq").startWith(Long.MIN_VALUE).minValue(Long.MIN_VALUE)
                        .incrementBy(1)),
                new CreateSequence(sequence("invoice_seq").withSchema("billing").incrementBy(50)));
    }

    static List<Operation> otherSchema() {
        TableName invoice = new TableName("billing", "invoice");
        return List.of(
                new CreateTable(table("billing", "invoice",
                        tableComment("Invoices, kept by the billing team"),
                        column("id", "bigint").identityByDefault(),
                        column("number", "integer").notNull().defaultValue("nextval('billing.invoice_number_seq'::regclass)"),
                        column("customer_id", "bigint").notNull(),
                        primaryKey("invoice_pkey", "id"),
                        foreignKey("invoice_customer_id_fkey", "customer_id").references("customer", "id"))),
                new CreateIndex(invoice, index("invoice_customer_id_idx", "customer_id")),
                new AddColumn(TableName.of("purchase_order"), column("invoice_id", "bigint")),
                new AddForeignKey(TableName.of("purchase_order"), foreignKey("purchase_order_invoice_id_fkey", "invoice_id")
                        .references("invoice", "id").referencesSchema("billing").onDelete(SET_NULL)),
                new SetTableComment(new TableName("billing", "legacy_invoice"), "Old invoices", null),
                new RenameTable(new TableName("billing", "legacy_invoice"), "archived_invoice"));
    }

    static List<Operation> dataMigration() {
        return List.of(
                new AddColumn(CUSTOMER, column("full_name", "varchar(201)")),
                new ExecuteSql("UPDATE customer\nSET full_name = first_name || ' ' || last_name", null),
                new ExecuteSql("ALTER TABLE customer ALTER COLUMN full_name SET STATISTICS 500",
                        "ALTER TABLE customer ALTER COLUMN full_name SET STATISTICS -1"));
    }

    /** One operation per case, covering every operation type and every aspect each can carry. */
    static Map<String, List<Operation>> operationCases() {
        Map<String, List<Operation>> cases = new LinkedHashMap<>();
        Table everything = table(null, "everything",
                tableComment("All kinds of elements: 'quotes', \"double\", back\\slash, tab\tand é ü 日本 😀"),
                column("a", "bigint").identityByDefault(),
                column("b", "integer").identityAlways().defaultValue("42"),
                column("c", "bigint").identityByDefault().nullable(true),
                column("d", "text").notNull().defaultValue("'x\\y'").comment("multi\nline\r\ncomment"),
                column("E Quoted", "character varying(10)").defaultValue("''::character varying"),
                column("f", "timestamp(6) with time zone").comment(""),
                column("g", ""),
                primaryKey("everything_pkey", "a", "b"),
                unique("everything_d_key", "d"),
                unique("everything_d_e_key", "d", "E Quoted"),
                check("everything_b_check", "b > 0 AND d <> '\\u0041'"),
                foreignKey("everything_c_fkey", "c").references("other", "id"),
                foreignKey("everything_b_c_fkey", "b", "c").references("pair", "x", "y").referencesSchema("remote")
                        .onDelete(SET_DEFAULT).onUpdate(CASCADE),
                foreignKey("everything_d_fkey", "d").references("t", "d").onUpdate(SET_NULL).onDelete(RESTRICT),
                index("everything_f_idx", "f").descending("f"),
                uniqueIndex("everything_lower_d_idx", "lower(d)", "f").where("f > '2020-01-01'::date"),
                new Index("everything_dup_idx", List.of(IndexColumn.desc("f"), IndexColumn.asc("d"), IndexColumn.desc("f")),
                        false, null));
        cases.put("createTable", List.of(new CreateTable(everything)));
        cases.put("createTableInSchema", List.of(new CreateTable(everything.withSchema("other"))));
        cases.put("createTableEmpty", List.of(new CreateTable(table(null, "nothing"))));
        cases.put("dropTable", List.of(new DropTable(everything)));
        cases.put("dropTableInSchema", List.of(new DropTable(everything.withSchema("other"))));
        cases.put("renameTable", List.of(new RenameTable(CUSTOMER, "client"),
                new RenameTable(new TableName("other", "a"), "b")));
        cases.put("setTableComment", List.of(new SetTableComment(CUSTOMER, null, "new"),
                new SetTableComment(CUSTOMER, "new", "newer"), new SetTableComment(new TableName("s", "t"), "old", null),
                new SetTableComment(CUSTOMER, "", " ")));
        cases.put("addColumn", List.of(new AddColumn(CUSTOMER, column("x", "int")),
                new AddColumn(new TableName("other", "t"), column("y", "int").identityAlways().comment("c"))));
        cases.put("dropColumn", List.of(new DropColumn(CUSTOMER, column("x", "int").notNull().defaultValue("1")),
                new DropColumn(new TableName("other", "t"), column("y", "bigint").identityByDefault().defaultValue("7"))));
        Column base = column("v", "varchar(10)");
        cases.put("alterColumnType", List.of(new AlterColumn(CUSTOMER, base, base.type("varchar(20)")),
                new AlterColumn(CUSTOMER, base, base.type("integer"), "v::integer"),
                new AlterColumn(CUSTOMER, base, base, "v::varchar(10)")));
        cases.put("alterColumnNullable", List.of(new AlterColumn(CUSTOMER, base, base.notNull()),
                new AlterColumn(CUSTOMER, base.notNull(), base)));
        cases.put("alterColumnDefault", List.of(new AlterColumn(CUSTOMER, base, base.defaultValue("'a'")),
                new AlterColumn(CUSTOMER, base.defaultValue("'a'"), base.defaultValue("'b'")),
                new AlterColumn(CUSTOMER, base.defaultValue("'b'"), base)));
        cases.put("alterColumnComment", List.of(new AlterColumn(CUSTOMER, base, base.comment("c\"1")),
                new AlterColumn(CUSTOMER, base.comment("c\"1"), base)));
        Column id = column("id", "bigint").notNull();
        cases.put("alterColumnIdentity", List.of(
                new AlterColumn(CUSTOMER, id, id.identityByDefault()),
                new AlterColumn(CUSTOMER, id.identityByDefault(), id.identityAlways()),
                new AlterColumn(CUSTOMER, id.identityAlways(), id),
                new AlterColumn(CUSTOMER, id.nullable(true), id.identity(Identity.BY_DEFAULT).nullable(true)),
                new AlterColumn(CUSTOMER, id.nullable(true), id.identityByDefault()),
                new AlterColumn(CUSTOMER, id.identityAlways(), id.identity(null).nullable(true))));
        cases.put("alterColumnEverything", List.of(new AlterColumn(new TableName("other", "t"),
                column("w", "integer").defaultValue("1").comment("old"),
                column("w", "bigint").notNull().identityAlways().comment("new"), "w::bigint")));
        cases.put("alterColumnNoChange", List.of(new AlterColumn(CUSTOMER, base, base)));
        cases.put("renameColumn", List.of(new RenameColumn(CUSTOMER, "a", "b"),
                new RenameColumn(new TableName("other", "t"), "c", "d")));
        cases.put("primaryKey", List.of(new AddPrimaryKey(CUSTOMER, primaryKey("customer_pkey", "id")),
                new DropPrimaryKey(new TableName("s", "t"), primaryKey("t_pkey", "a", "b"))));
        cases.put("foreignKey", List.of(
                new AddForeignKey(CUSTOMER, foreignKey("f1", "a").references("t", "id")),
                new AddForeignKey(CUSTOMER, foreignKey("f2", "a", "b").references("t", "x", "y").referencesSchema("r")
                        .onDelete(CASCADE).onUpdate(SET_NULL)),
                new DropForeignKey(new TableName("s", "t"), foreignKey("f3", "a").references("u", "id").onDelete(RESTRICT)),
                new DropForeignKey(CUSTOMER, foreignKey("f4", "a").references("u", "id").onUpdate(SET_DEFAULT))));
        cases.put("uniqueConstraint", List.of(new AddUniqueConstraint(CUSTOMER, unique("u1", "a")),
                new DropUniqueConstraint(new TableName("s", "t"), unique("u2", "a", "b"))));
        cases.put("checkConstraint", List.of(new AddCheckConstraint(CUSTOMER, check("c1", "a > 0")),
                new DropCheckConstraint(new TableName("s", "t"), check("c2", "b ~ '^[a-z]+\\d$'"))));
        cases.put("index", List.of(
                new CreateIndex(CUSTOMER, index("i1", "a")),
                new CreateIndex(CUSTOMER, uniqueIndex("i2", "a", "b").descending("b").where("a IS NOT NULL")),
                new CreateIndex(new TableName("s", "t"), index("i3", "lower(name)", "(data ->> 'k'::text)").descending("lower(name)")),
                new DropIndex(CUSTOMER, uniqueIndex("i4", "a").descending("a")),
                new DropIndex(new TableName("s", "t"), index("i5", "a", "b").where("b > 1"))));
        cases.put("sequence", List.of(
                new CreateSequence(sequence("s1")),
                new CreateSequence(sequence("s2").as("bigint").startWith(-5).incrementBy(-2).minValue(Long.MIN_VALUE)
                        .maxValue(Long.MAX_VALUE).cache(Integer.MAX_VALUE + 1L).cycle(true)),
                new CreateSequence(sequence("s3").withSchema("other").startWith(3_000_000_000L)),
                new DropSequence(sequence("s4").incrementBy(10).withSchema("other")),
                new DropSequence(sequence("s5").as("integer").maxValue(Integer.MAX_VALUE)),
                new AlterSequence(sequence("s6"), sequence("s6").incrementBy(5).cycle(true)),
                new AlterSequence(sequence("s7").withSchema("x"), sequence("s7").withSchema("x").cache(5)),
                new AlterSequence(sequence("s8").withSchema("x"), sequence("s8").withSchema("y")),
                new AlterSequence(sequence("s9"), sequence("s9").withSchema("y").minValue(0))));
        cases.put("executeWithUndo", List.of(
                new ExecuteSql("INSERT INTO setting (k, v) VALUES ('a', 'it''s \"quoted\"')",
                        "DELETE FROM setting WHERE k = 'a'"),
                new ExecuteSql("UPDATE t\nSET x = 1\n\nWHERE y = '\\n';\n", "UPDATE t\r\nSET x = 0\n"),
                new ExecuteSql("SELECT '\u0000\u0007\u001b\u2028\u202e\ufeff\ud800 */ \\u000a'", "SELECT 1")));
        cases.put("nastyNames", List.of(new CreateTable(table("Sch\"ema", "Tab\\le\nX",
                column("col\n", "int"), column("$dollar", "text"), primaryKey("p", "col\n")))));
        return cases;
    }

    /** A case whose downgrade cannot be generated. */
    static List<Operation> irreversible() {
        return List.of(new AddColumn(CUSTOMER, column("x", "int")),
                new ExecuteSql("UPDATE customer SET x = 1 -- \"note\" \\u0041", null),
                new AddColumn(CUSTOMER, column("y", "int")));
    }

    /** A case whose inverse the records refuse: the undo statement is blank. */
    static List<Operation> blankUndo() {
        return List.of(new ExecuteSql("UPDATE customer SET x = 1", " "));
    }

    /**
     * An initial migration of a big schema: {@code tables} tables with five columns, a primary key,
     * a foreign key to the previous table, a unique constraint and an index, all named after their
     * table as PostgreSQL would.
     */
    static List<Operation> bigSchema(int tables) {
        List<Operation> ops = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            String name = "table_" + t;
            List<TableElement> elements = new ArrayList<>(List.of(
                    column("id", "bigint").identityByDefault(),
                    column(name + "_code", "varchar(40)").notNull(),
                    column("name", "varchar(200)").notNull().comment("Name of " + name),
                    column("parent_id", "bigint"),
                    column("created_at", "timestamp(6) with time zone").notNull().defaultValue("now()"),
                    primaryKey(name + "_pkey", "id"),
                    unique(name + "_" + name + "_code_key", name + "_code"),
                    index(name + "_created_at_idx", "created_at").descending("created_at")));
            if (t > 0) {
                elements.add(foreignKey(name + "_parent_id_fkey", "parent_id").references("table_" + (t - 1), "id"));
            }
            ops.add(new CreateTable(Table.of(null, name, elements)));
        }
        return ops;
    }

    static Table table(String schema, String name, TableElement... elements) {
        return Table.of(schema, name, List.of(elements));
    }
}
