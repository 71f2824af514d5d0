package dev.retort.diff;

import static dev.retort.diff.Models.name;
import static dev.retort.diff.Models.table;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.CreateTable;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entity whose table is a view in the database is left out of the plan, with a warning. */
class ViewEntitiesDiffTest {
    private static final Table CUSTOMER = table("customer", column("id", "bigint").notNull(),
            column("name", "varchar(255)"), primaryKey("customer_pkey", "id"));
    private static final Table SUMMARY = table("customer_summary", column("id", "bigint").notNull(),
            column("name", "varchar(255)"), primaryKey("customer_summary_pkey", "id"));

    private static DiffResult plan(SchemaModel db, SchemaModel target) {
        return new SchemaDiffer(Models.DIALECT).plan(db, target, Models.ALL);
    }

    @Test
    void anEntityOverAViewIsNotATableToCreate() {
        SchemaModel db = new SchemaModel(List.of(CUSTOMER), List.of(), List.of(name("customer_summary")));
        DiffResult result = plan(db, new SchemaModel(List.of(CUSTOMER, SUMMARY), List.of()));
        assertEquals(List.of(), result.operations());
        assertEquals(List.of("customer_summary is a view in the database; Retort does not manage views, so the entity"
                + " over it is left alone"), result.warnings());
    }

    @Test
    void aViewInAnotherSchemaOnlyShadowsTheEntityOfThatSchema() {
        Table elsewhere = Table.of("reports", "customer_summary", SUMMARY.elements());
        SchemaModel db = new SchemaModel(List.of(CUSTOMER), List.of(),
                List.of(new TableName("reports", "customer_summary")));
        DiffResult result = plan(db, new SchemaModel(List.of(CUSTOMER, SUMMARY, elsewhere), List.of()));
        assertEquals(List.of(new CreateTable(SUMMARY)), result.operations());
        assertEquals(1, result.warnings().size());
        assertEquals(true, result.warnings().get(0).startsWith("reports.customer_summary is a view"));
    }

    @Test
    void foreignKeysToTheViewAreLeftOutToo() {
        Table order = table("orders", column("id", "bigint").notNull(), column("summary_id", "bigint"),
                primaryKey("orders_pkey", "id"),
                foreignKey("orders_summary_id_fkey", "summary_id").references("customer_summary", "id"));
        Table orderWithoutKey = table("orders", column("id", "bigint").notNull(), column("summary_id", "bigint"),
                primaryKey("orders_pkey", "id"));
        SchemaModel db = new SchemaModel(List.of(CUSTOMER), List.of(), List.of(name("customer_summary")));
        DiffResult result = plan(db, new SchemaModel(List.of(CUSTOMER, SUMMARY, order), List.of()));
        assertEquals(List.of(new CreateTable(orderWithoutKey)), result.operations());
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertEquals(true, result.warnings().get(1).contains("orders_summary_id_fkey"), result.warnings().get(1));
    }

    @Test
    void viewsTheFilterDoesNotManageShadowNothing() {
        SchemaModel db = new SchemaModel(List.of(CUSTOMER), List.of(), List.of(name("customer_summary")));
        TableFilter filter = new TableFilter(List.of(), List.of("customer_s*"), "retort_version");
        DiffResult result = new SchemaDiffer(Models.DIALECT).plan(db, new SchemaModel(List.of(CUSTOMER), List.of()),
                filter);
        assertEquals(List.of(), result.operations());
        assertEquals(List.of(), result.warnings());
    }
}
