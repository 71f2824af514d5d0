package dev.retort.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every part of a benchmark run shares: where things are, how to start processes and reach
 * the database, and how many runs to time.
 *
 * @param root           the repository root (holds {@code ./retort})
 * @param work           the scratch directory (under bench/target)
 * @param jar            cli/target/retort.jar
 * @param benchClasses   bench/target/classes
 * @param catalogSql     bench/floor/catalog.sql
 * @param processes      the process runner
 * @param postgres       the database server
 * @param launcher       how ./retort starts the JVM
 * @param runs           timed runs per command
 * @param warmups        untimed runs before them
 * @param seed           the workload seed
 * @param keepDatabases  whether to leave the databases behind at the end
 * @param log            where progress goes
 */
public record BenchContext(Path root, Path work, Path jar, Path benchClasses, Path catalogSql, Processes processes,
                           Postgres postgres, Launcher launcher, int runs, int warmups, long seed,
                           boolean keepDatabases, PrintStream log) {

    public List<String> retort(String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("retort").toString());
        command.addAll(List.of(args));
        return command;
    }

    /** A java command with the launcher's flags and the jar plus the bench classes on the class path. */
    public List<String> javaOnJar(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.java());
        command.addAll(launcher.jvmFlags());
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + benchClasses);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Writes retort.properties and an empty migrations folder into {@code project}. */
    public void writeProject(Path project, String database, Path modelClasses) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        String properties = "retort.url=" + postgres.jdbcUrl(database) + "\n"
                + "retort.user=" + postgres.user() + "\n"
                + "retort.model.packages=" + EntitySources.PACKAGE + "\n"
                + "retort.model.classpath=" + (modelClasses == null ? "classes" : modelClasses.toAbsolutePath()) + "\n"
                + "retort.migrations.dir=migrations\n";
        Files.writeString(project.resolve("retort.properties"), properties, StandardCharsets.UTF_8);
    }

    public void progress(String format, Object... args) {
        log.printf(format + "%n", args);
        log.flush();
    }

    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /** Deletes what is inside a directory, keeping the directory. */
    public static void clear(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            children.forEach(BenchContext::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
