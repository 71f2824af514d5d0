package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password passed in the JDBC URL (common with RETORT_URL in CI) must not appear in any message. */
class UrlPasswordLeakTest {
    @TempDir
    Path project;

    @Test
    void aPasswordInTheUrlQueryIsNotPrinted() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        // a typo in the port makes the driver refuse the URL, quoting it in full
        Files.writeString(project.resolve("retort.properties"),
                "retort.url=jdbc:postgresql://127.0.0.1:99999/app?user=app&password=hunter2\n");
        for (String[] args : new String[][] {{"current"}, {"--verbose", "current"}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), project, name -> null);
            String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertEquals(2, exit, printed);
            assertFalse(printed.contains("hunter2"), String.join(" ", args) + " printed the password:\n" + printed);
        }
    }
}
