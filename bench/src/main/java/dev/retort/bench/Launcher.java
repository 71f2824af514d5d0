package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code ./retort} launcher runs: the java executable (JAVA_HOME's, else the one on the
 * PATH) and the JVM flags it starts every command with, as the launcher itself prints them with
 * {@code RETORT_PRINT_JVM_OPTS=1}, so that the Hibernate floor starts the same way. The class-data
 * sharing archive the launcher adds per kind of command is Retort's own optimisation and is not
 * given to the floor.
 */
public record Launcher(Path script, String java, List<String> jvmFlags) {

    public static Launcher read(Path root) throws IOException {
        Path script = root.resolve("retort");
        String javaHome = System.getenv("JAVA_HOME");
        String java = javaHome == null || javaHome.isBlank() ? "java" : Path.of(javaHome, "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(script.toString()).redirectErrorStream(true);
        builder.environment().put("RETORT_PRINT_JVM_OPTS", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0 || output.isEmpty()) {
                throw new IOException(script + " did not print its JVM flags: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + script + " for its JVM flags", e);
        }
        return new Launcher(script, java, List.of(output.split("\\s+")));
    }
}
