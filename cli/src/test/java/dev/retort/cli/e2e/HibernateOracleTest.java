package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.scanner.HibernateSchemaTool;
import dev.retort.scanner.NamingStrategy;
import dev.retort.scanner.ScanRequest;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate as a second oracle: a schema that Hibernate's own DDL created shows no drift, and a
 * schema that Retort's migrations created passes Hibernate's schema validation.
 */
@ExtendWith(PostgresExtension.class)
class HibernateOracleTest {
    @TempDir
    Path dir;

    private static ScanRequest request(TestProject project, String packages, String naming) {
        return new ScanRequest(List.of(project.dir().resolve("classes")), List.of(packages),
                naming.equals("spring") ? NamingStrategy.SPRING : NamingStrategy.JPA, "public");
    }

    private static void applyHibernateDdl(TestDatabase db, ScanRequest request) {
        try (HibernateSchemaTool hibernate = HibernateSchemaTool.boot(request)) {
            String[] statements = Arrays.stream(hibernate.createScript().split(";\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
            db.execute(statements);
        }
    }

    @ParameterizedTest(name = "{0} {1} ({3} naming)")
    @CsvSource({
            "library, v1, com.example.library, jpa",
            "library, v2, com.example.library, jpa",
            "library, v2, com.example.library, spring",
            "org, v1, com.example.org, jpa",
            "org, v2, com.example.org, jpa",
            "org, v3, com.example.org, spring"})
    void schemaCreatedByHibernateShowsNoDrift(String model, String version, String packages, String naming,
                                              TestDatabase db) {
        TestProject project = TestProject.create(dir, db, packages, "retort.naming=" + naming).useModel(model, version);
        applyHibernateDdl(db, request(project, packages, naming));
        TestProject.Result check = project.run("check").expect(0);
        assertEquals("No changes detected\n", check.out());
    }

    @ParameterizedTest(name = "{0} {1} ({3} naming)")
    @CsvSource({
            "library, v2, com.example.library, jpa",
            "library, v2, com.example.library, spring",
            "org, v2, com.example.org, jpa"})
    void schemaMigratedByRetortPassesHibernateValidation(String model, String version, String packages, String naming,
                                                         TestDatabase db) {
        TestProject project = TestProject.create(dir, db, packages, "retort.naming=" + naming).useModel(model, version);
        project.run("autogenerate", "-m", "Initial schema").expect(0);
        project.run("upgrade", "head").expect(0);
        try (HibernateSchemaTool hibernate = HibernateSchemaTool.boot(request(project, packages, naming))) {
            hibernate.validate(db.jdbcUrl(), db.user(), db.password(), "public");
        }
    }

    /** The application's own Hibernate settings reach the scan: quoted names keep their case. */
    @Test
    void applicationSettingsReachTheScan(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.quoted", "hibernate.globally_quoted_identifiers=true")
                .useModel("quoted", "v1");
        ScanRequest request = new ScanRequest(List.of(project.dir().resolve("classes")), List.of("com.example.quoted"),
                NamingStrategy.JPA, "public", Map.of("hibernate.globally_quoted_identifiers", "true"));
        applyHibernateDdl(db, request);
        assertTrue(db.schemaDump().contains("CREATE TABLE public.\"Customer\""), db.schemaDump());
        assertEquals("No changes detected\n", project.run("check").expect(0).out());
        TestProject.Result unquoted = TestProject.create(dir.resolve("plain"), db, "com.example.quoted")
                .useModel("quoted", "v1").run("check").expect(1);
        assertTrue(unquoted.out().contains("remove_table Customer"), unquoted.out());
    }

    /** The oracle itself can fail: Hibernate rejects a schema that lacks what the entities need. */
    @Test
    void validationFailsWhenTheSchemaIsBehindTheEntities(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.library").useModel("library", "v1");
        project.run("autogenerate", "-m", "Initial schema").expect(0);
        project.run("upgrade", "head").expect(0);
        project.useModel("library", "v2");
        try (HibernateSchemaTool hibernate = HibernateSchemaTool.boot(request(project, "com.example.library", "jpa"))) {
            RetortException e = assertThrows(RetortException.class,
                    () -> hibernate.validate(db.jdbcUrl(), db.user(), db.password(), "public"));
            assertTrue(e.getMessage().toLowerCase().contains("publisher") || e.getMessage().toLowerCase().contains("review")
                    || e.getMessage().toLowerCase().contains("subtitle"), e.getMessage());
        }
    }
}
