package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the scanner makes of the shop fixture: tables, columns, types, constraint names, sequences. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopScanTest {
    private static final ModelScanner SCANNER = new ModelScanner(Dialects.postgres());
    private ScanResult shop;

    @BeforeAll
    void scan() {
        shop = SCANNER.scan(Fixtures.request("shop"));
    }

    @Test
    void findsTheEntitiesAndTheirTables() {
        String p = Fixtures.BASE + "shop.";
        assertEquals(List.of(p + "Category", p + "Customer", p + "Invoice", p + "OrderLine", p + "Product",
                p + "PurchaseOrder", p + "Tag"), shop.entityClasses());
        assertEquals(List.of("category", "customer", "customer_product", "customer_tags", "invoice", "orderline",
                        "product", "product_tag", "purchase_order", "purchase_order_notes", "tag"),
                shop.model().tables().stream().map(Table::name).sorted().toList());
        assertTrue(shop.model().tables().stream().allMatch(t -> t.schema() == null), "all in the default schema");
        assertEquals(Set.of(), shop.otherSchemas());
    }

    @Test
    void customerColumnsComeInHibernatesOrderWithTypesDefaultsAndComments() {
        Table customer = ScannedModel.table(shop, "customer");
        assertEquals(List.of("birthdate", "country", "previousstatus", "shipping_country", "version", "createdat",
                "id", "postalcode", "shipping_postal_code", "status", "city", "firstname", "lastname",
                "shipping_city", "shipping_street", "street", "email"), ScannedModel.columnNames(customer));
        assertEquals(new Column("email", "varchar(320)", false, null, null, null), ScannedModel.column(customer, "email"));
        assertEquals(new Column("status", "varchar(20)", false, "'ACTIVE'", null, null), ScannedModel.column(customer, "status"));
        assertEquals(new Column("previousstatus", "smallint", true, null, null, null),
                ScannedModel.column(customer, "previousstatus"));
        assertEquals(new Column("createdat", "timestamp(6) with time zone", false, "current_timestamp", null,
                "when the customer signed up"), ScannedModel.column(customer, "createdat"));
        assertEquals(new Column("version", "integer", false, null, null, null), ScannedModel.column(customer, "version"));
        assertEquals(new Column("birthdate", "date", true, null, null, null), ScannedModel.column(customer, "birthdate"));
        assertEquals("People who buy", customer.comment());
    }

    @Test
    void embeddablesGiveColumnsAndAttributeOverridesRenameThem() {
        Table customer = ScannedModel.table(shop, "customer");
        assertEquals(new Column("street", "varchar(200)", true, null, null, null), ScannedModel.column(customer, "street"));
        assertEquals(new Column("country", "varchar(2)", false, null, null, null), ScannedModel.column(customer, "country"));
        assertEquals(new Column("shipping_street", "varchar(200)", true, null, null, null),
                ScannedModel.column(customer, "shipping_street"));
        assertEquals(new Column("shipping_country", "varchar(2)", true, null, null, null),
                ScannedModel.column(customer, "shipping_country"));
    }

    @Test
    void unnamedConstraintsGetThePostgresqlNames() {
        Table customer = ScannedModel.table(shop, "customer");
        assertEquals(new PrimaryKey("customer_pkey", List.of("id")), customer.primaryKey());
        assertEquals(List.of(new UniqueConstraint("customer_email_key", List.of("email"))), customer.uniques());
        assertEquals(List.of(
                new CheckConstraint("customer_previousstatus_check", "previousStatus between 0 and 2"),
                new CheckConstraint("customer_status_check", "status in ('ACTIVE','SUSPENDED','CLOSED')")),
                customer.checks());

        Table order = ScannedModel.table(shop, "purchase_order");
        assertEquals(List.of(
                new UniqueConstraint("purchase_order_invoice_id_key", List.of("invoice_id")),
                new UniqueConstraint("purchase_order_customer_id_placedat_key", List.of("customer_id", "placedat"))),
                order.uniques());
        assertEquals(List.of(new CheckConstraint("purchase_order_status_check", "status between 0 and 4"),
                new CheckConstraint("purchase_order_total_check", "total >= 0")), order.checks());
        assertEquals(List.of(new CheckConstraint("orderline_quantity_check", "quantity > 0")),
                ScannedModel.table(shop, "orderline").checks());
        assertEquals(List.of(new UniqueConstraint("orderline_order_id_product_id_key",
                List.of("order_id", "product_id"))), ScannedModel.table(shop, "orderline").uniques());
    }

    @Test
    void explicitNamesAreKeptAndUniqueIndexesBecomeUniqueConstraints() {
        Table product = ScannedModel.table(shop, "product");
        assertEquals(List.of(new UniqueConstraint("uk_product_sku", List.of("sku")),
                new UniqueConstraint("ux_product_public_code", List.of("publiccode"))), product.uniques());
        assertEquals(List.of(new CheckConstraint("product_price_positive", "price >= 0")), product.checks());
        assertEquals(2, product.indexes().size());
        assertEquals(Index.of("idx_product_name", "name"), product.indexes().get(0));
        Index generated = product.indexes().get(1);
        assertTrue(generated.name().matches("idx[0-9a-z]{25}"), generated.name());
        assertEquals(List.of(IndexColumn.desc("updatedat"), IndexColumn.asc("name")), generated.columns());
        assertFalse(generated.unique());
        assertEquals(List.of(Index.of("idx_customer_name", "lastname", "firstname")),
                ScannedModel.table(shop, "customer").indexes());
    }

    @Test
    void typesFollowHibernatesDefaultsForPostgresql() {
        Table product = ScannedModel.table(shop, "product");
        assertEquals("numeric(10,2)", ScannedModel.column(product, "price").type());
        assertEquals("numeric(38,2)", ScannedModel.column(product, "weight").type());
        assertEquals("oid", ScannedModel.column(product, "description").type());
        assertEquals("uuid", ScannedModel.column(product, "publiccode").type());
        assertEquals("timestamp(6)", ScannedModel.column(product, "updatedat").type());
        assertEquals(new Column("active", "boolean", false, null, null, null), ScannedModel.column(product, "active"));
        Table order = ScannedModel.table(shop, "purchase_order");
        assertEquals("time(0)", ScannedModel.column(order, "deliverywindowstart").type());
        assertEquals("timestamp(6) with time zone", ScannedModel.column(order, "placedat").type());
        assertEquals(new Column("total", "numeric(12,2)", false, "0", null, null), ScannedModel.column(order, "total"));
        Table invoice = ScannedModel.table(shop, "invoice");
        assertEquals(new Column("amount", "float(53)", false, null, null, "gross amount"), ScannedModel.column(invoice, "amount"));
        assertEquals(new Column("invoice_number", "varchar(30)", false, null, null, "as printed"),
                ScannedModel.column(invoice, "invoice_number"));
        assertEquals("oid", ScannedModel.column(invoice, "pdf").type());
        assertEquals("uuid", ScannedModel.column(ScannedModel.table(shop, "tag"), "id").type());
        assertEquals("labels for products", ScannedModel.table(shop, "tag").comment());
    }

    @Test
    void identityColumnsAndSequences() {
        assertEquals(new Column("id", "bigint", false, null, Identity.BY_DEFAULT, null),
                ScannedModel.column(ScannedModel.table(shop, "category"), "id"));
        assertEquals(new Column("id", "bigint", false, null, Identity.BY_DEFAULT, null),
                ScannedModel.column(ScannedModel.table(shop, "purchase_order"), "id"));
        assertNull(ScannedModel.column(ScannedModel.table(shop, "customer"), "id").identity());
        assertEquals(List.of(
                Sequence.of("customer_seq").incrementBy(50),
                Sequence.of("invoice_seq").incrementBy(50),
                Sequence.of("orderline_seq").incrementBy(50),
                Sequence.of("product_id_seq").startWith(1000).incrementBy(20)), shop.model().sequences());
    }

    @Test
    void foreignKeysReferenceThePrimaryKeyAndCarryOnDelete() {
        Table order = ScannedModel.table(shop, "purchase_order");
        ForeignKey toCustomer = ScannedModel.foreignKey(order, "customer_id");
        assertEquals(ForeignKey.of("fk_order_customer", List.of("customer_id")).references("customer", "id"),
                toCustomer);
        ForeignKey toInvoice = ScannedModel.foreignKey(order, "invoice_id");
        assertTrue(toInvoice.name().matches("fk[0-9a-z]{25}"), toInvoice.name());
        assertEquals("invoice", toInvoice.referencedTable());

        Table line = ScannedModel.table(shop, "orderline");
        assertEquals(1, line.foreignKeys().size(), "the product key is declared NO_CONSTRAINT");
        ForeignKey toOrder = line.foreignKeys().get(0);
        assertEquals(List.of("order_id"), toOrder.columns());
        assertEquals("purchase_order", toOrder.referencedTable());
        assertEquals(List.of("id"), toOrder.referencedColumns());
        assertEquals(ReferentialAction.CASCADE, toOrder.onDelete());
        assertEquals(ReferentialAction.NO_ACTION, ScannedModel.foreignKey(ScannedModel.table(shop, "category"), "parent_id").onDelete());
    }

    @Test
    void collectionTables() {
        Table joinTable = ScannedModel.table(shop, "product_tag");
        assertEquals(new PrimaryKey("product_tag_pkey", List.of("products_id", "tags_id")), joinTable.primaryKey());
        assertEquals("tag", ScannedModel.foreignKey(joinTable, "tags_id").referencedTable());
        assertEquals("product", ScannedModel.foreignKey(joinTable, "products_id").referencedTable());

        Table tags = ScannedModel.table(shop, "customer_tags");
        assertNull(tags.primaryKey());
        assertEquals(List.of(new UniqueConstraint("customer_tags_customer_id_tag_key", List.of("customer_id", "tag"))),
                tags.uniques());
        assertEquals(List.of(new Column("customer_id", "bigint", false, null, null, null),
                new Column("tag", "varchar(50)", true, null, null, null)), tags.columns());

        Table notes = ScannedModel.table(shop, "purchase_order_notes");
        assertEquals(new PrimaryKey("purchase_order_notes_pkey", List.of("position", "purchaseorder_id")),
                notes.primaryKey());
        assertEquals(List.of(new CheckConstraint("purchase_order_notes_position_check", "position>=0")),
                notes.checks());
    }
}
