package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas besides the configured one: those the entities name are reflected by themselves; one that
 * no entity names any more is reflected (and emptied) only when {@code retort.schemas} lists it.
 */
@ExtendWith(PostgresExtension.class)
class ManagedSchemasTest {
    @TempDir
    Path dir;

    private static TestProject migrated(Path dir, TestDatabase db, String... config) {
        db.execute("CREATE SCHEMA billing");
        TestProject project = TestProject.create(dir, db, "com.example.schemas", config).useModel("schemas", "v1");
        project.run("autogenerate", "-m", "v1").expect(0);
        project.run("upgrade", "head").expect(0);
        assertEquals("No changes detected\n", project.run("check").expect(0).out());
        assertTrue(db.schemaDump().contains("CREATE TABLE billing.invoice"));
        return project.useModel("schemas", "v2");
    }

    @Test
    void aListedSchemaThatNoEntityUsesAnyMoreIsEmptied(TestDatabase db) {
        TestProject project = migrated(dir, db, "retort.schemas=billing");
        TestProject.Result drift = project.run("check").expect(1);
        assertTrue(drift.out().contains("remove_table billing.invoice"), drift.out());
        assertTrue(drift.out().contains("add_table invoice"), drift.out());
        project.run("autogenerate", "-m", "v2").expect(0);
        project.run("upgrade", "head").expect(0);
        assertFalse(db.schemaDump().contains("CREATE TABLE billing.invoice"));
        project.run("check").expect(0);
        project.run("downgrade", "-1").expect(0);
        assertTrue(db.schemaDump().contains("CREATE TABLE billing.invoice"));
    }

    @Test
    void anUnlistedSchemaIsLeftAloneOnceNoEntityUsesIt(TestDatabase db) {
        TestProject project = migrated(dir, db);
        TestProject.Result drift = project.run("check").expect(1);
        assertTrue(drift.out().contains("add_table invoice"), drift.out());
        assertFalse(drift.out().contains("billing"), drift.out());
    }
}
