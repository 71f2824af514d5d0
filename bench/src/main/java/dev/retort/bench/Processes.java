package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs processes for the harness: timed ones under GNU time (wall from the harness's clock, peak RSS
 * from time's {@code %M}), and untimed helpers that must succeed.
 */
public final class Processes {
    private static final String GNU_TIME = "/usr/bin/time";

    private final Path scratch;

    public Processes(Path scratch) throws IOException {
        this.scratch = Files.createDirectories(scratch);
    }

    /** Runs a command and measures it; stdout is kept unless {@code discardStdout}. */
    public Sample timed(List<String> command, Path dir, Map<String, String> env, boolean discardStdout) {
        Path timeFile = scratch.resolve("time.txt");
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        List<String> full = new ArrayList<>(List.of(GNU_TIME, "-f", "%e %M", "-o", timeFile.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectError(err.toFile());
        pb.redirectOutput(discardStdout ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        pb.environment().putAll(env);
        try {
            Files.deleteIfExists(timeFile);
            Files.deleteIfExists(out);
            long start = System.nanoTime();
            Process process = pb.start();
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e6;
            return new Sample(wall, peakRss(timeFile), exit, discardStdout ? "" : read(out), read(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** Runs a helper command; throws with its output when it fails. Returns stdout. */
    public String run(List<String> command, Path dir, Map<String, String> env) {
        Path out = scratch.resolve("helper-out.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().putAll(env);
        try {
            int exit = pb.start().waitFor();
            String output = read(out);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit " + exit + ":\n"
                        + tail(output, 3000));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    static String tail(String text, int chars) {
        return text.length() <= chars ? text : "..." + text.substring(text.length() - chars);
    }

    private static long peakRss(Path timeFile) throws IOException {
        if (!Files.exists(timeFile)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(timeFile, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] parts = lines.get(i).trim().split("\\s+");
            if (parts.length == 2 && parts[1].matches("\\d+")) {
                return Long.parseLong(parts[1]);
            }
        }
        return 0;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
