package dev.retort.diff.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.TableFilter;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SchemaCrawler reflector, the reference, and the pg_catalog reflector give the same model. */
@ExtendWith(PostgresExtension.class)
class ReflectorAgreementTest {
    private static final TableFilter ALL = TableFilter.all("retort_version");

    private static void assertSameModel(TestDatabase db, ReflectRequest request) throws SQLException {
        SchemaModel native_;
        SchemaModel crawled;
        try (Connection connection = db.connect()) {
            native_ = new PostgresCatalogReflector().reflect(connection, request);
            crawled = new SchemaCrawlerReflector().reflect(connection, request);
        }
        assertEquals(crawled, native_);
    }

    private static long count(SchemaModel model, java.util.function.ToIntFunction<Table> what) {
        return model.tables().stream().mapToInt(what).sum();
    }

    @Test
    void agreeOnTheFeatureSchema(TestDatabase db) throws SQLException {
        db.execute(FeatureSchema.SQL);

        assertSameModel(db, new ReflectRequest("public", Set.of("other"), ALL));
        assertSameModel(db, new ReflectRequest("other", Set.of(), ALL));
    }

    @Test
    void agreeOnTwoHundredRandomTablesInThreeSchemas(TestDatabase db) throws SQLException {
        db.execute(RandomSchema.ddl(42, 200, List.of("public", "sales", "Archive")));
        ReflectRequest request = new ReflectRequest("public", Set.of("sales", "Archive"), ALL);

        assertSameModel(db, request);
        SchemaModel model;
        try (Connection connection = db.connect()) {
            model = new PostgresCatalogReflector().reflect(connection, request);
        }
        assertEquals(200, model.tables().size());
        assertTrue(count(model, t -> t.foreignKeys().size()) > 150, "most tables have a foreign key");
        assertTrue(count(model, t -> t.indexes().size()) >= 200, "every table has an index");
        assertTrue(count(model, t -> t.uniques().size()) > 20, "some tables have a unique constraint");
        assertTrue(count(model, t -> t.checks().size()) > 5, "some tables have a check");
        assertTrue(model.tables().stream().anyMatch(t -> "Archive".equals(t.schema())), "a quoted schema");
        assertEquals(10, model.sequences().stream().filter(s -> s.ownedBy() == null).count(), "free-standing sequences");
        List<Sequence> owned = model.sequences().stream().filter(s -> s.ownedBy() != null).toList();
        assertTrue(owned.size() > 10, "serial keys own their sequences");
        for (Sequence sequence : owned) {
            Table table = model.table(new TableName(sequence.schema(), sequence.ownedBy().table())).orElseThrow();
            assertEquals("bigserial", table.column(sequence.ownedBy().column()).orElseThrow().type(),
                    sequence + " belongs to a serial column");
        }
    }

    @Test
    void agreeOnRandomTablesWhenAFilterAndOneSchemaLimitThem(TestDatabase db) throws SQLException {
        db.execute(RandomSchema.ddl(7, 120, List.of("app", "public")));
        TableFilter filter = new TableFilter(List.of("t1*", "Tbl*", "t2?"), List.of("t10*"), "retort_version");

        assertSameModel(db, new ReflectRequest("app", Set.of(), filter));
        assertSameModel(db, new ReflectRequest("app", Set.of("public"), ALL));
    }
}
