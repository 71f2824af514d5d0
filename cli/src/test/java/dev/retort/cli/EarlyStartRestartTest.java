package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clustered short options ({@code -qc FILE}) are read differently by the early start than by picocli,
 * so the context abandons what it started early and starts again. On the embedded database the
 * restart must not collide with the abandoned server on the same data directory.
 */
class EarlyStartRestartTest {
    @TempDir
    Path project;

    private int run(StringBuilder log, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), project, name -> null);
        log.append(String.join(" ", args)).append(" -> ").append(exit).append('\n')
                .append(out.toString(StandardCharsets.UTF_8)).append(err.toString(StandardCharsets.UTF_8));
        return exit;
    }

    @Test
    void clusteredQuietAndConfigOptionsWorkOnTheEmbeddedDatabase() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("retort.properties"), "retort.url=embedded\n");
        StringBuilder log = new StringBuilder();
        assertEquals(0, run(log, "current"), log::toString);
        assertEquals(0, run(log, "current", "-q", "-c", "retort.properties"), log::toString);
        // the same options, clustered as picocli allows
        assertEquals(0, run(log, "current", "-qcretort.properties"), log::toString);
    }
}
