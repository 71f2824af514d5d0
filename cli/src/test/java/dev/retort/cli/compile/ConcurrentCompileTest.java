package dev.retort.cli.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.cli.compile.MigrationCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two commands compiling the same fresh history at once (two terminals, CI jobs, an IDE) must both succeed. */
class ConcurrentCompileTest {
    @TempDir
    Path project;

    private static String migration(String className, String id) {
        return """
                package com.example.migrations;

                import static dev.retort.migration.Ddl.column;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "%s", message = "m", created = "2026-11-25T10:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("t%s", column("id", "bigint").notNull());
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("t%s", column("id", "bigint").notNull());
                    }
                }
                """.formatted(id, className, id, id);
    }

    @Test
    void twoCompilersOnAFreshCacheBothSucceed() throws Exception {
        Path dir = Files.createDirectories(project.resolve("migrations"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("M" + i + ".java"), migration("M" + i, "aaaaaaaaaaa" + i));
        }
        int rounds = 6;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                Path cache = project.resolve("cache" + round);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return new MigrationCompiler(cache, project).compile(dir).migrations().size();
                    }));
                }
                for (Future<?> run : runs) {
                    try {
                        run.get();
                    } catch (Exception e) {
                        failures.add("round " + round + ": " + e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures);
    }
}
