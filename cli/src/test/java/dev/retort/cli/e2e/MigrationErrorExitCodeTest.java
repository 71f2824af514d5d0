package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A migration whose class fails to initialise is an error (exit 2), never drift (1) or an uncaught Error. */
@ExtendWith(PostgresExtension.class)
class MigrationErrorExitCodeTest {
    @TempDir
    Path dir;

    @Test
    void aMigrationThatThrowsAnErrorExitsWith2(TestDatabase db) throws Exception {
        TestProject project = TestProject.create(dir, db, "com.example.none");
        Files.writeString(project.dir().resolve("migrations/M1.java"), """
                package com.example.migrations;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "aaaaaaaaaaaa", message = "broken static", created = "2026-01-01T00:00:00Z")
                public final class M1 implements Migration {
                    private static final int LIMIT = Integer.parseInt("not a number");

                    @Override
                    public void upgrade(Operations op) {
                        op.execute("SELECT " + LIMIT);
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
        TestProject.Result result;
        try {
            result = project.run("upgrade", "head");
        } catch (Throwable escaped) {
            throw new AssertionError("Main.run let " + escaped + " escape: the process would exit with 1 (drift)", escaped);
        }
        assertEquals(2, result.exit(), result.err());
    }
}
