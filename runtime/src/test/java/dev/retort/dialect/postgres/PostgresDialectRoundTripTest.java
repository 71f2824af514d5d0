package dev.retort.dialect.postgres;

import static dev.retort.migration.Ddl.CASCADE;
import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.unique;
import static dev.retort.migration.Ddl.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation, rendered by {@link PostgresDialect}, runs on a real PostgreSQL, and its inverse
 * brings the schema back to exactly what {@code pg_dump} printed before.
 */
@ExtendWith(PostgresExtension.class)
class PostgresDialectRoundTripTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private void baseSchema(Operations op) {
        op.createSequence(sequence("customer_seq").incrementBy(50));
        op.createTable("customer",
                column("id", "bigint").notNull(),
                column("email", "varchar(255)").notNull().comment("login name"),
                column("status", "varchar(255)"),
                column("createdAt", "timestamp(6) with time zone").defaultValue("now()"),
                primaryKey("customer_pkey", "id"),
                unique("customer_email_key", "email"),
                check("customer_status_check", "status in ('ACTIVE','CLOSED')"),
                index("idx_customer_created", "createdAt").descending("createdAt"));
        op.createTable("order",
                column("id", "bigint").identityByDefault(),
                column("customer_id", "bigint"),
                column("total", "numeric(10,2)").notNull().defaultValue("0"),
                primaryKey("order_pkey", "id"),
                foreignKey("fk_order_customer", "customer_id").references("customer", "id").onDelete(CASCADE));
        op.setTableComment("order", null, "what customers bought");
    }

    private void apply(TestDatabase db, List<Operation> operations) {
        List<String> sql = new ArrayList<>();
        operations.forEach(o -> sql.addAll(dialect.render(o, "public")));
        db.execute(sql.toArray(String[]::new));
    }

    private List<Operation> record(Consumer<Operations> migration) {
        Operations op = new Operations();
        migration.accept(op);
        return op.operations();
    }

    private static List<Operation> inverse(List<Operation> operations) {
        List<Operation> inverse = new ArrayList<>();
        operations.forEach(o -> inverse.add(o.invert()));
        Collections.reverse(inverse);
        return inverse;
    }

    @Test
    void createsAndDropsEverythingExactly(TestDatabase db) {
        String empty = db.schemaDump();
        List<Operation> create = record(this::baseSchema);
        apply(db, create);
        String created = db.schemaDump();
        assertNotEquals(empty, created);

        apply(db, inverse(create));
        assertEquals(empty, db.schemaDump());

        apply(db, create);
        assertEquals(created, db.schemaDump());
    }

    @Test
    void everyChangeOnAnExistingTableHasAnExactInverse(TestDatabase db) {
        apply(db, record(this::baseSchema));
        String before = db.schemaDump();
        List<Operation> changes = record(op -> {
            // constraints go before the columns they read change type, as the differ orders them
            op.dropCheck("customer", check("customer_status_check", "status in ('ACTIVE','CLOSED')"));
            op.addColumn("customer", column("note", "text").comment("free text"));
            op.addColumn("customer", column("score", "integer").notNull().defaultValue("0"));
            op.alterColumn("customer", column("email", "varchar(255)").notNull().comment("login name"))
                    .type("varchar(320)").nullable().comment(null);
            op.alterColumn("customer", column("status", "varchar(255)")).type("varchar(20)").defaultValue("'ACTIVE'");
            op.alterColumn("order", column("total", "numeric(10,2)").notNull().defaultValue("0"))
                    .type("numeric(12,2)").defaultValue(null);
            op.alterColumn("customer", column("score", "integer").notNull().defaultValue("0"))
                    .type("varchar(10)");
            op.addCheck("customer", check("customer_score_check", "length(score) < 5"));
            op.dropUnique("customer", unique("customer_email_key", "email"));
            op.createIndex("customer", uniqueIndex("ux_customer_email", "email").where("status = 'ACTIVE'"));
            op.createIndex("customer", index("idx_customer_lower_email", "lower((email)::text)"));
            op.dropIndex("customer", index("idx_customer_created", "createdAt").descending("createdAt"));
            op.dropForeignKey("order", foreignKey("fk_order_customer", "customer_id")
                    .references("customer", "id").onDelete(CASCADE));
            op.addUnique("order", unique("order_customer_id_total_key", "customer_id", "total"));
            op.addForeignKey("order", foreignKey("fk_order_customer2", "customer_id").references("customer", "id"));
            op.alterColumn("order", column("id", "bigint").identityByDefault()).identity(null);
            op.dropColumn("customer", column("createdAt", "timestamp(6) with time zone").defaultValue("now()"));
            op.alterSequence(sequence("customer_seq").incrementBy(50), sequence("customer_seq").incrementBy(10).cache(5));
            op.setTableComment("order", "what customers bought", null);
            op.renameColumn("customer", "note", "remark");
            op.renameTable("order", "purchase");
        });
        apply(db, changes);
        String after = db.schemaDump();
        assertNotEquals(before, after);

        apply(db, inverse(changes));
        assertEquals(before, db.schemaDump());
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        assertEquals("customer", dialect.quote("customer"));
        assertEquals("\"order\"", dialect.quote("order"));
        assertEquals("\"createdAt\"", dialect.quote("createdAt"));
        assertEquals("\"a\"\"b\"", dialect.quote("a\"b"));
    }
}
