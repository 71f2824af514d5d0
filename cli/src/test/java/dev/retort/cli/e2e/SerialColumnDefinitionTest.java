package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.runner.VersionTable;
import dev.retort.scanner.HibernateSchemaTool;
import dev.retort.scanner.NamingStrategy;
import dev.retort.scanner.ScanRequest;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code columnDefinition = "bigserial"}: PostgreSQL makes the column NOT NULL with an owned sequence as default. */
@ExtendWith(PostgresExtension.class)
class SerialColumnDefinitionTest {
    private static final String PACKAGE = "com.example.serialcoldef";

    @TempDir
    Path dir;

    private static void applyHibernateDdl(TestProject project, TestDatabase db) {
        ScanRequest request = new ScanRequest(List.of(project.dir().resolve("classes")), List.of(PACKAGE),
                NamingStrategy.JPA, "public");
        try (HibernateSchemaTool hibernate = HibernateSchemaTool.boot(request)) {
            db.execute(Arrays.stream(hibernate.createScript().split(";\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
        }
    }

    @Test
    void schemaCreatedByHibernateShowsNoDrift(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, PACKAGE).useModel("serialcoldef", "v1");
        applyHibernateDdl(project, db);
        assertEquals("No changes detected\n", project.run("check").out());
    }

    @Test
    void retortCreatesWhatHibernateCreates(TestDatabase retortDb, TestDatabase hibernateDb) {
        TestProject project = TestProject.create(dir, retortDb, PACKAGE).useModel("serialcoldef", "v1");
        project.run("autogenerate", "-m", "init").expect(0);
        project.run("upgrade", "head").expect(0);
        hibernateDb.execute(new PostgresDialect().versionTableDdl("public", VersionTable.NAME));
        applyHibernateDdl(project, hibernateDb);
        assertEquals(hibernateDb.schemaDump(), retortDb.schemaDump());
    }
}
