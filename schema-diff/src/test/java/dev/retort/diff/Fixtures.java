package dev.retort.diff;

import static dev.retort.diff.Models.model;
import static dev.retort.diff.Models.table;
import static dev.retort.migration.Ddl.CASCADE;
import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.tableComment;
import static dev.retort.migration.Ddl.unique;

import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;

/** Model pairs shared by the tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Column id() {
        return column("id", "bigint").notNull();
    }

    /** A table {@code name} whose {@code ref_id} references {@code referenced}. */
    static Table cycleTable(String name, String referenced) {
        return table(name, id(), column("ref_id", "bigint"), primaryKey(name + "_pkey", "id"),
                foreignKey(name + "_ref_id_fkey", "ref_id").references(referenced, "id"));
    }

    static SchemaModel shop() {
        Table customer = table("customer", id(),
                column("email", "varchar(100)").notNull(),
                column("status", "varchar(20)"),
                column("name", "text"),
                column("legacy_code", "varchar(10)"),
                primaryKey("customer_pkey", "id"),
                unique("customer_email_key", "email"),
                check("customer_status_check", "status in ('A','B')"),
                index("idx_customer_name", "name"),
                index("idx_customer_legacy", "legacy_code"));
        Table purchase = table("purchase", id(), column("customer_id", "bigint"), column("total", "numeric(10,2)"),
                primaryKey("purchase_pkey", "id"),
                foreignKey("fk_purchase_customer", "customer_id").references("customer", "id"));
        Table tagA = table("tag_a", id(), column("b_id", "bigint"), primaryKey("tag_a_pkey", "id"),
                foreignKey("fk_tag_a_b", "b_id").references("tag_b", "id"));
        Table tagB = table("tag_b", id(), column("a_id", "bigint"), primaryKey("tag_b_pkey", "id"),
                foreignKey("fk_tag_b_a", "a_id").references("tag_a", "id"));
        return model(List.of(customer, purchase, tagA, tagB),
                List.of(sequence("customer_seq").incrementBy(50), sequence("old_seq")));
    }

    /** {@link #shop()} with changes of most kinds; the dropped column is the last one of its table. */
    static SchemaModel shopChanged() {
        Table customer = table("customer", tableComment("people who buy"), id(),
                column("email", "varchar(255)").notNull(),
                column("status", "varchar(20)").defaultValue("'A'"),
                column("name", "text"),
                column("nickname", "text"),
                primaryKey("customer_pkey", "id"),
                unique("customer_email_key", "email"),
                check("customer_status_values", "status in ('A','B','C')"),
                index("idx_customer_name", "name", "email"));
        Table purchase = table("purchase", id(), column("customer_id", "bigint"), column("total", "numeric(10,2)"),
                primaryKey("purchase_pkey", "id"),
                foreignKey("fk_purchase_customer", "customer_id").references("customer", "id").onDelete(CASCADE));
        Table invoice = table("invoice", id(), column("purchase_id", "bigint").notNull(),
                primaryKey("invoice_pkey", "id"),
                foreignKey("fk_invoice_purchase", "purchase_id").references("purchase", "id"));
        return model(List.of(customer, purchase, invoice),
                List.of(sequence("customer_seq").incrementBy(10), sequence("invoice_seq").incrementBy(50)));
    }

    /** A customer table as the reflector reports it after Hibernate created it. */
    static SchemaModel reflectedCustomer() {
        Table customer = table("customer",
                column("id", "bigint").notNull(),
                column("email", "character varying(255)").notNull(),
                column("status", "character varying(255)").defaultValue("'ACTIVE'::character varying"),
                column("score", "integer").defaultValue("'-1'::integer"),
                column("created_at", "timestamp(6) with time zone").defaultValue("CURRENT_TIMESTAMP"),
                column("price", "numeric(38,2)"),
                column("ratio", "double precision"),
                column("active", "boolean").defaultValue("true"),
                column("tags", "text[]").defaultValue("'{}'::text[]"),
                column("seq_no", "integer").notNull().defaultValue("nextval('customer_seq_no_seq'::regclass)"),
                column("kind", "smallint"),
                primaryKey("customer_pkey", "id"),
                unique("customer_email_key", "email"),
                check("customer_status_check",
                        "((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'CLOSED'::character varying])::text[]))"),
                check("customer_kind_check", "((kind >= 0) AND (kind <= 2))"),
                index("idxk9r3uyv7bl2x1q4o8bm0g5ks3", "created_at"));
        Table purchase = table("purchase", column("id", "bigint").notNull(), column("customer_id", "bigint"),
                primaryKey("purchase_pkey", "id"),
                foreignKey("fkhkliix97f2bkuebm0qw2j7pa", "customer_id").references("customer", "id"));
        Sequence sequence = new Sequence(null, "customer_seq", "bigint", 1, 50, 1L, Long.MAX_VALUE, 1, false);
        return model(List.of(customer, purchase), List.of(sequence));
    }

    /** The same customer as scanned from the entities, in Hibernate's spellings. */
    static SchemaModel hibernateCustomer() {
        Table customer = table("customer",
                column("id", "int8"),
                column("email", "varchar(255)").notNull(),
                column("status", "varchar(255)").defaultValue("'ACTIVE'"),
                column("score", "int4").defaultValue("-1"),
                column("created_at", "timestamp(6) with time zone").defaultValue("current_timestamp"),
                column("price", "numeric(38,2)"),
                column("ratio", "float(53)"),
                column("active", "bool").defaultValue("TRUE"),
                column("tags", "_text").defaultValue("'{}'"),
                column("seq_no", "int4").notNull(),
                column("kind", "smallint"),
                primaryKey("customerPK", "id"),
                unique("UKfwmmg6kcmhtqnbe2fm0w0y6o2", "email"),
                check("customer_status_check", "status in ('ACTIVE','CLOSED')"),
                check("customer_kind_check", "kind between 0 and 2"),
                index("IDXk9r3uyv7bl2x1q4o8bm0g5ks3", "created_at"));
        Table purchase = table("purchase", column("id", "int8").notNull(), column("customer_id", "int8"),
                primaryKey("purchasePK", "id"),
                foreignKey("FKhkliix97f2bkuebm0qw2j7pa", "customer_id").references("customer", "id"));
        return model(List.of(customer, purchase), List.of(sequence("customer_seq").incrementBy(50)));
    }
}
