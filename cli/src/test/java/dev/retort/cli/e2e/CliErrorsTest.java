package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one actionable line on stderr and exit code 2: no stack trace (unless
 * {@code --verbose}), no password, and nothing half-applied.
 */
@ExtendWith(PostgresExtension.class)
class CliErrorsTest {
    @TempDir
    Path dir;

    /** One line, prefixed, without a Java stack trace. */
    private static String oneLineError(TestProject.Result result) {
        assertEquals(2, result.exit(), () -> "exit code; stdout:\n" + result.out() + "\nstderr:\n" + result.err());
        List<String> lines = result.err().lines().filter(l -> l.startsWith("retort: ")).toList();
        assertEquals(1, lines.size(), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        return lines.get(0);
    }

    private static String migration(String className, String id, String parents, String upgradeBody) {
        return """
                package com.example.migrations;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "%s", parents = {%s}, message = "%s", created = "2026-01-01T00:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id, parents, className, className, upgradeBody);
    }

    @Test
    void missingConfiguration() {
        String line = oneLineError(TestProjectless.run(dir, "current"));
        assertTrue(line.contains("No configuration file") && line.contains("retort init"), line);
    }

    @Test
    void unknownKeyNamesTheClosestKnownOne() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "retort.url=embedded\nretort.modle.packages=com.x\n");
        String line = oneLineError(TestProjectless.run(dir, "heads"));
        assertTrue(line.contains("retort.modle.packages") && line.contains("did you mean retort.model.packages"), line);
    }

    @Test
    void unreachableDatabaseNeverPrintsThePassword() throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), """
                retort.url=jdbc:postgresql://127.0.0.1:1/app
                retort.user=app
                retort.password=Sup3r-Secret-PW
                retort.model.packages=com.example.library
                retort.model.classpath=classes
                """);
        TestProject.Result result = TestProjectless.run(dir, "current");
        String line = oneLineError(result);
        assertTrue(line.contains("Cannot connect to jdbc:postgresql://127.0.0.1:1/app"), line);
        assertFalse(result.err().contains("Sup3r-Secret-PW") || result.out().contains("Sup3r-Secret-PW"));

        TestProject.Result verbose = TestProjectless.run(dir, "--verbose", "current");
        assertEquals(2, verbose.exit());
        assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace");
        assertFalse(verbose.err().contains("Sup3r-Secret-PW"), verbose.err());

        TestProject.Result inUrl = TestProjectless.run(dir, Map.of("RETORT_URL",
                "jdbc:postgresql://127.0.0.1:1/app?user=app&password=Sup3r-Secret-PW"), "current");
        oneLineError(inUrl);
        assertFalse(inUrl.err().contains("Sup3r-Secret-PW"), inUrl.err());
    }

    @Test
    void noEntitiesFound(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.nothing").useModel("library", "v1");
        String line = oneLineError(project.run("check"));
        assertTrue(line.contains("com.example.nothing"), line);
    }

    @Test
    void migrationThatDoesNotCompileShowsFileAndLine(TestDatabase db) throws IOException {
        TestProject project = TestProject.create(dir, db, "com.example.library");
        Files.writeString(project.dir().resolve("migrations/R1_Broken.java"),
                migration("R1_Broken", "aaaaaaaaaaaa", "", "op.createTable(\"x\", column(\"id\", \"bigint\"));"));
        String line = oneLineError(project.run("upgrade", "head"));
        assertTrue(line.contains("migrations/R1_Broken.java:11"), line);
    }

    @Test
    void unknownAndAmbiguousRevisions(TestDatabase db) throws IOException {
        TestProject project = TestProject.create(dir, db, "com.example.library");
        Files.writeString(project.dir().resolve("migrations/R1_One.java"),
                migration("R1_One", "abc111111111", "", "op.execute(\"CREATE TABLE one (id integer)\", \"DROP TABLE one\");"));
        Files.writeString(project.dir().resolve("migrations/R2_Two.java"),
                migration("R2_Two", "abc222222222", "\"abc111111111\"",
                        "op.execute(\"CREATE TABLE two (id integer)\", \"DROP TABLE two\");"));
        String unknown = oneLineError(project.run("upgrade", "fff"));
        assertTrue(unknown.contains("fff"), unknown);
        String ambiguous = oneLineError(project.run("upgrade", "abc"));
        assertTrue(ambiguous.contains("abc111111111") && ambiguous.contains("abc222222222"), ambiguous);
        String bad = oneLineError(project.run("downgrade", "-x"));
        assertTrue(bad.contains("-x"), bad);
        project.run("upgrade", "abc1").expect(0);
        assertTrue(project.run("current").expect(0).out().startsWith("abc111111111"));
    }

    @Test
    void failingMigrationLeavesSchemaAndVersionTableAsTheyWere(TestDatabase db) throws IOException {
        TestProject project = TestProject.create(dir, db, "com.example.library");
        Files.writeString(project.dir().resolve("migrations/R1_One.java"),
                migration("R1_One", "aaaaaaaaaaaa", "", "op.execute(\"CREATE TABLE one (id integer)\", \"DROP TABLE one\");"));
        Files.writeString(project.dir().resolve("migrations/R2_Fails.java"), migration("R2_Fails", "bbbbbbbbbbbb",
                "\"aaaaaaaaaaaa\"", "op.execute(\"CREATE TABLE two (id integer)\", \"DROP TABLE two\");\n"
                        + "op.execute(\"ALTER TABLE two ADD COLUMN id integer\", \"SELECT 1\");"));
        project.run("upgrade", "aaaa").expect(0);
        String before = db.schemaDump();

        TestProject.Result result = project.run("upgrade", "head");
        String line = oneLineError(result);
        assertTrue(line.contains("bbbbbbbbbbbb") && line.contains("ALTER TABLE two ADD COLUMN id integer"), line);
        assertFalse(result.out().contains("Upgraded"), result.out());
        assertEquals(before, db.schemaDump(), "the failed migration left nothing behind");
        assertTrue(project.run("current").expect(0).out().startsWith("aaaaaaaaaaaa"), "still at the first revision");
    }

    @Test
    void autogenerateRefusesWhenTheDatabaseIsBehind(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.library").useModel("library", "v1");
        project.run("autogenerate", "-m", "Initial schema").expect(0);
        String line = oneLineError(project.run("autogenerate", "-m", "Again"));
        assertTrue(line.contains("not at the head") && line.contains("retort upgrade head"), line);
        String check = oneLineError(project.run("check"));
        assertTrue(check.contains("not at the head"), check);
        assertEquals(1, project.migrations().size(), "nothing written");
    }

    @Test
    void unknownCommandAndOptionGetUsageHints() {
        TestProject.Result result = TestProjectless.run(dir, "upgrad", "head");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("upgrad"), result.err());
        TestProject.Result check = TestProjectless.run(dir, "check", "--format", "xml");
        assertEquals(2, check.exit());
        assertTrue(check.err().contains("xml"), check.err());
    }
}
