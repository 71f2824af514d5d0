package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shop fixture under Spring Boot's naming: snake case and join tables named after the property. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringNamingScanTest {
    private static final ModelScanner SCANNER = new ModelScanner(Dialects.postgres());
    private ScanResult result;

    @BeforeAll
    void scan() {
        result = SCANNER.scan(Fixtures.request("shop", NamingStrategy.SPRING));
    }

    @Test
    void namesAreSnakeCaseAndJoinTablesAreNamedAfterTheOwningProperty() {
        assertEquals(List.of("category", "customer", "customer_favourites", "customer_tags", "invoice", "order_line",
                        "product", "product_tag", "purchase_order", "purchase_order_notes", "tag"),
                result.model().tables().stream().map(Table::name).sorted().toList());
        Table favourites = ScannedModel.table(result, "customer_favourites");
        assertEquals(List.of("customer_id", "favourites_id"), ScannedModel.columnNames(favourites));
        assertEquals(new PrimaryKey("customer_favourites_pkey", List.of("customer_id", "favourites_id")),
                favourites.primaryKey());
        assertEquals("product", ScannedModel.foreignKey(favourites, "favourites_id").referencedTable());
    }

    @Test
    void columnsConstraintsIndexesAndSequencesFollow() {
        Table customer = ScannedModel.table(result, "customer");
        assertTrue(ScannedModel.columnNames(customer).containsAll(List.of("first_name", "last_name", "created_at",
                "previous_status", "birth_date", "postal_code")));
        assertEquals(List.of(Index.of("idx_customer_name", "last_name", "first_name")), customer.indexes());
        assertEquals(List.of(
                new CheckConstraint("customer_previous_status_check", "previous_status between 0 and 2"),
                new CheckConstraint("customer_status_check", "status in ('ACTIVE','SUSPENDED','CLOSED')")),
                customer.checks());
        assertEquals(new UniqueConstraint("purchase_order_customer_id_placed_at_key",
                List.of("customer_id", "placed_at")), ScannedModel.table(result, "purchase_order").uniques().get(1));
        assertEquals(new PrimaryKey("purchase_order_notes_pkey", List.of("position", "purchase_order_id")),
                ScannedModel.table(result, "purchase_order_notes").primaryKey());
        assertEquals(List.of("customer_seq", "invoice_seq", "order_line_seq", "product_id_seq"),
                result.model().sequences().stream().map(Sequence::name).toList());
    }
}
