package dev.retort.dialect.postgres;

import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.primaryKey;

import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import dev.retort.schema.Identity;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Making an existing, populated column an identity column (upgrade of "@GeneratedValue(IDENTITY) added", or the
 * downgrade of "identity removed", which the code generator writes as .identity(Identity.BY_DEFAULT)) must leave
 * the identity's sequence past the values already in the column, or the application's next insert fails.
 */
@ExtendWith(PostgresExtension.class)
class IdentitySequenceTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private void apply(TestDatabase db, Consumer<Operations> migration) {
        Operations op = new Operations();
        migration.accept(op);
        List<String> sql = new ArrayList<>();
        for (Operation o : op.operations()) {
            sql.addAll(dialect.render(o, "public"));
        }
        db.execute(sql.toArray(String[]::new));
    }

    @Test
    void identityAddedToAPopulatedColumnContinuesAfterItsValues(TestDatabase db) {
        apply(db, op -> op.createTable("item", column("id", "bigint").notNull(), column("name", "text"),
                primaryKey("item_pkey", "id")));
        db.execute("INSERT INTO item (id, name) VALUES (1, 'a'), (2, 'b')");
        apply(db, op -> op.alterColumn("item", column("id", "bigint").notNull()).identity(Identity.BY_DEFAULT));
        db.execute("INSERT INTO item (name) VALUES ('c')"); // would collide with (id)=(1) if the sequence started at 1
    }

    @Test
    void downgradeOfADroppedIdentityKeepsInsertsWorking(TestDatabase db) {
        apply(db, op -> op.createTable("item", column("id", "bigint").identityByDefault(), column("name", "text"),
                primaryKey("item_pkey", "id")));
        db.execute("INSERT INTO item (name) VALUES ('a'), ('b'), ('c')");
        apply(db, op -> op.alterColumn("item", column("id", "bigint").identityByDefault()).identity(null)); // upgrade
        apply(db, op -> op.alterColumn("item", column("id", "bigint").notNull()).identity(Identity.BY_DEFAULT)); // downgrade
        db.execute("INSERT INTO item (name) VALUES ('d')"); // would collide with (id)=(1) if the sequence started at 1
    }
}
