package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A description of the machine and software the figures come from. */
final class Machine {
    private Machine() {
    }

    static Map<String, String> describe(BenchContext ctx) {
        Map<String, String> m = new LinkedHashMap<>();
        Path dir = ctx.work();
        m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("cores (nproc)", quiet(ctx, List.of("nproc"), dir));
        m.put("CPU", cpu());
        m.put("memory", memory());
        m.put("load average at start", loadAverage());
        m.put("kernel", quiet(ctx, List.of("uname", "-sr"), dir));
        m.put("Java", quiet(ctx, List.of(ctx.launcher().java(), "-version"), dir).lines().findFirst().orElse("?")
                + " (" + quiet(ctx, List.of(ctx.launcher().java(), "-version"), dir).lines().skip(2).findFirst().orElse("") + ")");
        m.put("PostgreSQL server", ctx.postgres().scalar("postgres", "SHOW server_version", dir));
        m.put("psql", quiet(ctx, List.of("psql", "--version"), dir));
        m.put("launcher JVM flags (also the Hibernate floor's)", String.join(" ", ctx.launcher().jvmFlags())
                + "; Retort's commands add a class-data-sharing archive per kind of command, the floor does not");
        m.put("commit", quiet(ctx, List.of("git", "-C", ctx.root().toString(), "describe", "--always", "--dirty"), dir));
        try {
            m.put("retort.jar", Files.size(ctx.jar()) + " bytes, built " + Files.getLastModifiedTime(ctx.jar()).toInstant()
                    .truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            m.put("retort.jar", "unreadable: " + e.getMessage());
        }
        return m;
    }

    /** The 1-minute load average now, NaN if unknown. */
    static double loadNow() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "?";
        }
        return "?";
    }

    private static String quiet(BenchContext ctx, List<String> command, Path dir) {
        try {
            return ctx.processes().run(command, dir, Map.of()).strip();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
