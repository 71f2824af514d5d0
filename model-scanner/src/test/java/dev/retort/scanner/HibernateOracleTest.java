package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof that the scanner's model is what Hibernate creates: Hibernate's own DDL for each fixture
 * runs on a fresh database, and pg_catalog must then show exactly the tables, columns (in order, with
 * types, nullability and comments), constraint names and columns, indexes and sequences of the model.
 * A second database created from the model with Retort's DDL must match the first one to the letter,
 * default expressions and check bodies included. Some fixtures run again with Hibernate settings an
 * application may use, which Hibernate's DDL and the scan must both honour.
 */
@ExtendWith(PostgresExtension.class)
class HibernateOracleTest {
    private final Dialect dialect = Dialects.postgres();

    @ParameterizedTest(name = "{0} with {1} naming {2}")
    @CsvSource({"shop, JPA, ''", "shop, SPRING, ''", "inheritance, JPA, ''", "inheritance, SPRING, ''", "edge, JPA, ''",
            "coldef, JPA, ''",
            "shop, JPA, hibernate.globally_quoted_identifiers=true",
            "edge, JPA, hibernate.globally_quoted_identifiers=true",
            "inheritance, SPRING, hibernate.globally_quoted_identifiers=true",
            "coldef, JPA, hibernate.globally_quoted_identifiers=true;hibernate.globally_quoted_identifiers_skip_column_definitions=true"})
    void modelMatchesWhatHibernateCreates(String scenario, NamingStrategy naming, String settings,
                                          TestDatabase hibernateDb, TestDatabase retortDb) {
        ScanRequest request = Fixtures.request(scenario, naming, Fixtures.settings(settings));
        ScanResult scan = new ModelScanner(dialect).scan(request);
        String script;
        try (HibernateSchemaTool tool = HibernateSchemaTool.boot(request)) {
            script = tool.createScript();
        }
        createSchemas(hibernateDb, scan);
        hibernateDb.execute(RetortDdl.statements(script));
        SchemaModel created = PgCatalog.read(hibernateDb);

        assertEquals(SchemaText.of(created, SchemaText.Detail.STRUCTURE),
                SchemaText.of(scan.model(), SchemaText.Detail.STRUCTURE), "model against Hibernate's DDL:\n" + script);
        assertEquals(List.of(), typeMismatches(created, scan.model()));

        createSchemas(retortDb, scan);
        RetortDdl.apply(retortDb, dialect, scan.model());
        assertEquals(SchemaText.of(created, SchemaText.Detail.FULL),
                SchemaText.of(PgCatalog.read(retortDb), SchemaText.Detail.FULL));
        assertTrue(created.tables().size() >= 2, "the fixture maps tables");
    }

    private static void createSchemas(TestDatabase db, ScanResult scan) {
        for (String schema : scan.otherSchemas()) {
            db.execute("create schema " + schema);
        }
    }

    private List<String> typeMismatches(SchemaModel created, SchemaModel model) {
        Map<dev.retort.schema.TableName, Table> createdTables = created.tablesByName();
        List<String> mismatches = new ArrayList<>();
        for (Table table : model.tables()) {
            Table actual = createdTables.get(table.tableName());
            for (Column column : table.columns()) {
                String actualType = actual.column(column.name()).orElseThrow().type();
                if (!dialect.types().same(column.type(), actualType)) {
                    mismatches.add(table.tableName() + "." + column.name() + ": model " + column.type()
                            + ", database " + actualType);
                }
            }
        }
        return mismatches;
    }
}
