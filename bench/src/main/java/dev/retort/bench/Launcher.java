package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code ./retort} launcher runs: the java executable (JAVA_HOME's, else the one on the
 * PATH) and the JVM flags written on its {@code exec} line, so that the Hibernate floor starts the
 * same way. {@code $here} and {@code ${here}} are read as the repository root; other flags that
 * refer to variables are left out, and reading stops at {@code -jar} or a class path option.
 */
public record Launcher(Path script, String java, List<String> jvmFlags, List<String> skippedFlags) {
    /** Where the JVM options end: what follows names the code to run. */
    private static final List<String> STOP = List.of("-jar", "-cp", "-classpath", "--class-path", "-m", "--module");

    public static Launcher read(Path root) throws IOException {
        Path script = root.resolve("retort");
        String javaHome = System.getenv("JAVA_HOME");
        String java = javaHome == null || javaHome.isBlank() ? "java" : Path.of(javaHome, "bin", "java").toString();
        List<String> flags = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("exec ")) {
                continue;
            }
            for (String token : trimmed.split("\\s+")) {
                if (STOP.contains(token)) {
                    break;
                }
                String flag = token.replace("${here}", root.toString()).replace("$here", root.toString())
                        .replace("\"", "").replace("'", "");
                if (!flag.startsWith("-")) {
                    continue;
                }
                if (flag.contains("$")) {
                    skipped.add(token);
                } else {
                    flags.add(flag);
                }
            }
        }
        return new Launcher(script, java, flags, skipped);
    }
}
