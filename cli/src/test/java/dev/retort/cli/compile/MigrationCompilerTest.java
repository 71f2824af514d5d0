package dev.retort.cli.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.CreateTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCompilerTest {
    @TempDir
    Path project;

    private Path migrations() throws IOException {
        return Files.createDirectories(project.resolve("migrations"));
    }

    private static String migration(String className, String id, String table) {
        return """
                package com.example.migrations;

                import static dev.retort.migration.Ddl.column;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "%s", message = "Create %s", created = "2026-11-25T10:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("%s", column("id", "bigint").notNull());
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("%s", column("id", "bigint").notNull());
                    }
                }
                """.formatted(id, table, className, table, table);
    }

    private MigrationCompiler compiler() {
        return new MigrationCompiler(project.resolve(".retort/classes"), project);
    }

    @Test
    void compilesOnlyWhatIsNotCachedAndLoadsWorkingMigrations() throws Exception {
        Path dir = migrations();
        Files.writeString(dir.resolve("M1_First.java"), migration("M1_First", "aaaaaaaaaaaa", "first"));
        Files.writeString(dir.resolve("M2_Second.java"), migration("M2_Second", "bbbbbbbbbbbb", "second"));

        MigrationCompiler.Result result = compiler().compile(dir);
        assertEquals(2, result.compiled());
        List<Class<? extends Migration>> classes = result.migrationClasses();
        assertEquals(List.of("com.example.migrations.M1_First", "com.example.migrations.M2_Second"),
                classes.stream().map(Class::getName).toList());
        assertEquals("aaaaaaaaaaaa", classes.get(0).getAnnotation(Revision.class).id());
        Operations op = new Operations();
        classes.get(1).getDeclaredConstructor().newInstance().upgrade(op);
        assertEquals("second", ((CreateTable) op.operations().get(0)).table().name());

        assertEquals(0, compiler().compile(dir).compiled(), "an unchanged history is not recompiled");

        Files.writeString(dir.resolve("M2_Second.java"), migration("M2_Second", "bbbbbbbbbbbb", "second_renamed"));
        Files.writeString(dir.resolve("M3_Third.java"), migration("M3_Third", "cccccccccccc", "third"));
        MigrationCompiler.Result again = compiler().compile(dir);
        assertEquals(2, again.compiled(), "only the changed and the new source compile");
        Operations op2 = new Operations();
        again.migrationClasses().get(1).getDeclaredConstructor().newInstance().upgrade(op2);
        assertEquals("second_renamed", ((CreateTable) op2.operations().get(0)).table().name());
    }

    @Test
    void reportsJavacErrorsWithFileAndLine() throws IOException {
        Path dir = migrations();
        Files.writeString(dir.resolve("M1_First.java"), migration("M1_First", "aaaaaaaaaaaa", "first"));
        Files.writeString(dir.resolve("M2_Broken.java"), migration("M2_Broken", "bbbbbbbbbbbb", "x")
                .replace("op.createTable(", "op.createTabel("));
        RetortException e = assertThrows(RetortException.class, () -> compiler().compile(dir));
        assertEquals(ErrorKind.COMPILATION, e.kind());
        assertTrue(e.getMessage().startsWith("Migration does not compile: migrations/M2_Broken.java:13: cannot find symbol"),
                e.getMessage());
        assertTrue(Files.notExists(project.resolve(".retort/classes")) || listCache().stream()
                .noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no staging directory is left behind");
    }

    @Test
    void refusesASourceWithoutMigration() throws IOException {
        Path dir = migrations();
        Files.writeString(dir.resolve("Helper.java"), "package x; public class Helper {}\n");
        RetortException e = assertThrows(RetortException.class, () -> compiler().compile(dir));
        assertTrue(e.getMessage().startsWith("migrations/Helper.java declares no class implementing"), e.getMessage());
    }

    @Test
    void saysWhenTheFolderIsMissing() {
        RetortException e = assertThrows(RetortException.class, () -> compiler().compile(project.resolve("nope")));
        assertTrue(e.getMessage().contains("retort init"), e.getMessage());
    }

    private List<Path> listCache() throws IOException {
        try (var files = Files.list(project.resolve(".retort/classes"))) {
            return files.toList();
        }
    }
}
