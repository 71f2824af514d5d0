package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.runner.VersionTable;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on real entity models, version after version: autogenerate, upgrade, check is
 * clean; then downgrading one revision gives back exactly the schema of the version before
 * ({@code pg_dump --schema-only} compared byte for byte), and upgrading again the schema after.
 */
@ExtendWith(PostgresExtension.class)
class RoundTripTest {
    @TempDir
    Path dir;

    /** Library: tables, columns, types, nullability, indexes, uniques, FKs, enums, join and collection tables. */
    @Test
    void libraryWithHibernateNaming(TestDatabase db) {
        roundTrip(TestProject.create(dir, db, "com.example.library"), db, "library", "v1", "v2");
    }

    /** The same model under Spring Boot's snake_case naming. */
    @Test
    void libraryWithSpringNaming(TestDatabase db) {
        roundTrip(TestProject.create(dir, db, "com.example.library", "retort.naming=spring"), db, "library", "v1", "v2");
    }

    /** FK cycles among new, existing and dropped tables, inheritance, sequences, on-delete changes. */
    @Test
    void organisationWithCycles(TestDatabase db) {
        roundTrip(TestProject.create(dir, db, "com.example.org"), db, "org", "v1", "v2", "v3");
    }

    private static void roundTrip(TestProject project, TestDatabase db, String model, String... versions) {
        // downgrading to base keeps the version table, so the base schema to come back to has it
        db.execute(new PostgresDialect().versionTableDdl("public", VersionTable.NAME));
        List<String> dumps = new ArrayList<>();
        dumps.add(db.schemaDump());
        for (String version : versions) {
            project.useModel(model, version);
            TestProject.Result generated = project.run("autogenerate", "-m", model + " " + version).expect(0);
            assertTrue(generated.out().startsWith("Wrote migrations/"), generated.out());
            project.run("upgrade", "head").expect(0);
            TestProject.Result check = project.run("check").expect(0);
            assertEquals("No changes detected\n", check.out(), version + ": check after upgrade");
            assertEquals("No changes detected: no migration written (--allow-empty writes one anyway)\n",
                    project.run("autogenerate", "-m", "nothing").expect(0).out(), version + ": nothing left to generate");
            String dump = db.schemaDump();
            assertNotEquals(dumps.get(dumps.size() - 1), dump, version + " changed the schema");
            dumps.add(dump);
        }
        assertEquals(versions.length, project.migrations().size());

        for (int i = versions.length - 1; i >= 0; i--) {
            project.run("downgrade", "-1").expect(0);
            assertEquals(dumps.get(i), db.schemaDump(), "after downgrading " + versions[i]);
        }
        project.run("upgrade", "head").expect(0);
        assertEquals(dumps.get(versions.length), db.schemaDump(), "after upgrading again");
        project.run("check").expect(0);
    }
}
