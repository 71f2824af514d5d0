package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.scanner.HibernateSchemaTool;
import dev.retort.scanner.ModelScanner;
import dev.retort.scanner.NamingStrategy;
import dev.retort.scanner.ScanRequest;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Column(columnDefinition = "<type> default ... not null collate ...")}: Hibernate writes the
 * text verbatim, PostgreSQL splits it into type, default, NOT NULL and collation. Retort must read it
 * the same way: no drift on Hibernate's own schema, and a first migration that runs. Collations are not
 * modelled yet: the scan leaves them out and says so in a warning.
 */
@ExtendWith(PostgresExtension.class)
class ColumnDefinitionClausesTest {
    private static final String PACKAGE = "com.example.coldefclauses";

    @TempDir
    Path dir;

    @Test
    void schemaCreatedByHibernateShowsNoDrift(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, PACKAGE).useModel("coldefclauses", "v1");
        ScanRequest request = new ScanRequest(List.of(project.dir().resolve("classes")), List.of(PACKAGE),
                NamingStrategy.JPA, "public");
        try (HibernateSchemaTool hibernate = HibernateSchemaTool.boot(request)) {
            db.execute(Arrays.stream(hibernate.createScript().split(";\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
        }
        assertEquals("No changes detected\n", project.run("check").out());
    }

    @Test
    void theCollationRetortDoesNotModelIsAWarning() {
        TestProject.compile(TestProject.MODELS.resolve("coldefclauses").resolve("v1"), dir.resolve("classes"));
        ScanResult scan = new ModelScanner(new PostgresDialect()).scan(new ScanRequest(List.of(dir.resolve("classes")),
                List.of(PACKAGE), NamingStrategy.JPA, "public"));
        assertEquals(List.of("Entity com.example.coldefclauses.Gadget, column sortkey of table gadget: COLLATE \"C\""
                + " in the columnDefinition is ignored, Retort does not model collations yet (a column Retort creates"
                + " gets the database's default collation)"), scan.warnings());
        Column label = scan.model().table(TableName.of("gadget")).orElseThrow().column("label").orElseThrow();
        assertEquals(new Column("label", "varchar(20)", false, "'x'", null, null), label);
    }

    @Test
    void firstMigrationRunsAndLeavesNoDrift(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, PACKAGE).useModel("coldefclauses", "v1");
        project.run("autogenerate", "-m", "init").expect(0);
        project.run("upgrade", "head").expect(0);
        assertEquals("No changes detected\n", project.run("check").out());
    }
}
