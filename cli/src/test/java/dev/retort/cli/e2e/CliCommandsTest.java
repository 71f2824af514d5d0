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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a real project, the way a user runs them, including what they print. */
@ExtendWith(PostgresExtension.class)
class CliCommandsTest {
    @TempDir
    Path dir;

    @Test
    void checkReportsDriftWithExitCodeOneAsTextAndJson(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.library").useModel("library", "v1");
        project.run("autogenerate", "-m", "Initial schema").expect(0);
        project.run("upgrade", "head").expect(0);
        project.useModel("library", "v2");

        TestProject.Result text = project.run("check").expect(1);
        assertTrue(text.out().contains("add_table publisher"), text.out());
        assertTrue(text.out().contains("remove_table loan"), text.out());
        assertTrue(text.out().contains("add_column book.subtitle"), text.out());
        assertTrue(text.out().contains("remove_column member.zznickname"), text.out());

        TestProject.Result json = project.run("check", "--format", "json").expect(1);
        String out = json.out().strip();
        assertTrue(out.startsWith("{\"operations\":[{\"op\":"), out);
        assertTrue(out.contains("\"op\":\"modify_type\""), out);
        assertTrue(out.contains("\"op\":\"modify_nullable\""), out);
        assertTrue(out.contains("\"op\":\"add_fk\""), out);
        assertTrue(out.contains("\"op\":\"remove_index\""), out);
        assertTrue(out.contains("\"op\":\"add_index\""), out);
        assertTrue(out.contains("\"op\":\"add_unique\""), out);
        assertTrue(out.contains("\"op\":\"add_sequence\""), out);
        assertTrue(out.contains("\"op\":\"remove_sequence\""), out);
        assertTrue(out.contains("\"table\":\"author\""), out);
    }

    @Test
    void historyCurrentAndHeadsDescribeTheGraph(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.library").useModel("library", "v1");
        assertTrue(project.run("heads").expect(0).out().startsWith("No revisions yet"));
        project.run("autogenerate", "-m", "Initial schema").expect(0);
        project.useModel("library", "v2");
        assertEquals(2, project.run("autogenerate", "-m", "Second").expect(2).exit(),
                "autogenerate refuses while the database is behind");

        TestProject.Result current = project.run("current").expect(0);
        assertTrue(current.out().startsWith("base (no revision applied)"), current.out());
        TestProject.Result up = project.run("upgrade", "head").expect(0);
        assertTrue(up.out().matches("(?s)Upgraded  [0-9a-f]{12}  Initial schema  \\(\\d+ ms\\)\nNow at [0-9a-f]{12} \\(head\\)\n"),
                up.out());
        project.run("autogenerate", "-m", "Second").expect(0);
        project.run("upgrade", "head").expect(0);

        List<String> history = project.run("history", "--current").expect(0).out().lines().toList();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).contains("Second") && history.get(0).endsWith("(head, current)"), history.toString());
        assertTrue(history.get(1).contains("Initial schema"), history.toString());
        String head = history.get(0).substring(0, 12);
        assertEquals(head + "  Second  (head)\n", project.run("current").expect(0).out());
        assertEquals(head + "  Second\n", project.run("heads").expect(0).out());

        TestProject.Result down = project.run("downgrade", "-1").expect(0);
        assertTrue(down.out().startsWith("Downgraded  " + head + "  Second"), down.out());
        assertTrue(project.run("upgrade", "head").expect(0).out().startsWith("Upgraded  " + head));
        assertEquals("Nothing to upgrade: " + head + " (head)\n", project.run("upgrade", "head").expect(0).out());
        project.run("downgrade", "base").expect(0);
        assertTrue(project.run("current").expect(0).out().startsWith("base"));
    }

    @Test
    void revisionWritesAnEmptyMigrationAndMergeJoinsTwoHeads(TestDatabase db) throws IOException {
        TestProject project = TestProject.create(dir, db, "com.example.library").useModel("library", "v1");
        project.run("revision", "-m", "Hand-written first").expect(0);
        assertEquals(1, project.migrations().size());
        String source = Files.readString(project.migrations().get(0));
        assertTrue(source.contains("public void upgrade(Operations op)"), source);
        String first = project.run("heads").expect(0).out().substring(0, 12);
        project.run("revision", "-m", "Second").expect(0);

        // a second branch from the same parent, as two developers would create in parallel
        Files.writeString(project.dir().resolve("migrations/R20000101_000000_Branch.java"), """
                package com.example.migrations;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "b0b0b0b0b0b0", parents = "%s", message = "Branch", created = "2000-01-01T00:00:00Z")
                public final class R20000101_000000_Branch implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("CREATE TABLE branch_note (id integer)", "DROP TABLE branch_note");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("DROP TABLE branch_note", "CREATE TABLE branch_note (id integer)");
                    }
                }
                """.formatted(first));
        TestProject.Result refusedRevision = project.run("revision", "-m", "Third on top").expect(2);
        assertTrue(refusedRevision.err().contains("merge them first"), refusedRevision.err());
        TestProject.Result heads = project.run("heads").expect(0);
        assertEquals(3, heads.out().lines().count(), heads.out());
        assertTrue(heads.out().contains("b0b0b0b0b0b0  Branch"), heads.out());
        TestProject.Result refused = project.run("upgrade", "head").expect(2);
        assertTrue(refused.err().contains("b0b0b0b0b0b0"), refused.err());

        project.run("merge", "-m", "Join branches").expect(0);
        assertEquals(1, project.run("heads").expect(0).out().lines().count());
        project.run("upgrade", "head").expect(0);
        assertTrue(project.run("current").expect(0).out().contains("Join branches"));
        project.run("downgrade", "base").expect(0);
    }

    @Test
    void anotherSchemaAndTheTableFiltersAreHonoured(TestDatabase db) {
        db.execute("CREATE SCHEMA app",
                "CREATE TABLE app.legacy_audit (id integer PRIMARY KEY, note text)",
                "CREATE TABLE public.author (id integer)");
        TestProject project = TestProject.create(dir, db, "com.example.library", "retort.schema=app",
                "retort.tables.exclude=legacy_*").useModel("library", "v1");
        project.run("autogenerate", "-m", "Initial schema").expect(0);
        project.run("upgrade", "head").expect(0);
        assertEquals("No changes detected\n", project.run("check").expect(0).out());

        db.execute("CREATE TABLE app.stray (id integer)");
        TestProject.Result drift = project.run("check").expect(1);
        assertTrue(drift.out().contains("remove_table app.stray") || drift.out().contains("remove_table stray"), drift.out());
        assertFalse(drift.out().contains("legacy_audit"), "excluded tables are left alone: " + drift.out());
        assertFalse(drift.out().contains("public"), "other schemas are left alone: " + drift.out());

        project.run("downgrade", "base").expect(0);
        String dump = db.schemaDump();
        assertFalse(dump.contains("CREATE TABLE app.author"), "the migration's tables are gone");
        assertTrue(dump.contains("CREATE TABLE app.legacy_audit") && dump.contains("CREATE TABLE public.author")
                && dump.contains("CREATE TABLE app.retort_version"), dump);
    }

    @Test
    void initWritesAConfigurationAndTheMigrationsFolder() throws IOException {
        Path project = dir.resolve("app");
        TestProject.Result init = TestProjectless.run(dir, "init", "app");
        assertEquals(0, init.exit(), init.err());
        assertTrue(Files.isRegularFile(project.resolve("retort.properties")));
        assertTrue(Files.isDirectory(project.resolve("migrations")));
        String config = Files.readString(project.resolve("retort.properties"));
        assertTrue(config.contains("retort.url="));
        TestProject.Result again = TestProjectless.run(dir, "init", "app");
        assertTrue(again.out().contains("Kept existing"), again.out());
        assertFalse(again.out().contains("Wrote"), again.out());
    }
}
