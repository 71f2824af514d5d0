package dev.retort.diff.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.TableFilter;
import dev.retort.schema.SchemaModel;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pg_catalog reflector runs the same statements for 10 tables as for 300: its five catalogue
 * queries and the {@code SET TRANSACTION} that puts them in one snapshot.
 */
@ExtendWith(PostgresExtension.class)
class StatementCountTest {
    private static final ReflectRequest REQUEST =
            new ReflectRequest("public", Set.of("extra"), TableFilter.all("retort_version"));

    private static int statementsToReflect(TestDatabase db, int tables) throws SQLException {
        db.execute(RandomSchema.ddl(tables, tables, List.of("public", "extra")));
        StatementCounter counter = new StatementCounter();
        SchemaModel model;
        try (Connection connection = counter.wrap(db.connect())) {
            model = new PostgresCatalogReflector().reflect(connection, REQUEST);
        }
        assertEquals(tables, model.tables().size());
        return counter.executions();
    }

    @Test
    void tenTables(TestDatabase db) throws SQLException {
        assertEquals(CatalogQueries.ALL.size() + 1, statementsToReflect(db, 10));
    }

    @Test
    void threeHundredTables(TestDatabase db) throws SQLException {
        assertEquals(CatalogQueries.ALL.size() + 1, statementsToReflect(db, 300));
    }
}
