package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A throw-away Retort project on disk, the way a user has one: a {@code retort.properties}, compiled
 * entities under {@code classes/} and a {@code migrations/} folder. Entity versions come from
 * {@code src/test/models/<model>/<version>} and are compiled like a build would. Commands run
 * in this JVM through {@link Main#run}, with their own streams and environment.
 */
final class TestProject {
    static final Path MODELS = Path.of("src/test/models");

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();

    private TestProject(Path dir) {
        this.dir = dir;
    }

    /** A project on the given database whose entities live in {@code packages}. */
    static TestProject create(Path dir, TestDatabase db, String packages, String... extraConfig) {
        TestProject project = new TestProject(dir);
        List<String> lines = new ArrayList<>(List.of(
                "retort.url=" + db.jdbcUrl(),
                "retort.user=" + db.user(),
                "retort.password=" + db.password(),
                "retort.model.packages=" + packages,
                "retort.model.classpath=classes",
                "retort.migrations.dir=migrations",
                "retort.migrations.package=com.example.migrations"));
        lines.addAll(List.of(extraConfig));
        try {
            Files.createDirectories(dir.resolve("migrations"));
            Files.write(dir.resolve("retort.properties"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    Path dir() {
        return dir;
    }

    Map<String, String> env() {
        return env;
    }

    /** Replaces the compiled entities with those of {@code src/test/models/<model>/<version>}. */
    TestProject useModel(String model, String version) {
        Path classes = dir.resolve("classes");
        deleteTree(classes);
        compile(MODELS.resolve(model).resolve(version), classes);
        return this;
    }

    /** Compiles every source under {@code sourceRoot} against the test classpath into {@code out}. */
    static void compile(Path sourceRoot, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (Stream<Path> files = Files.walk(sourceRoot);
             StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            Files.createDirectories(out);
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "--release", "17", "-proc:none", "-nowarn");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                throw new IllegalStateException("entity sources under " + sourceRoot + " do not compile: "
                        + diagnostics.getDiagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one command. */
    record Result(int exit, String out, String err) {
        Result expect(int code) {
            assertEquals(code, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }
    }

    Result run(String... args) {
        return TestProjectless.run(dir, env, args);
    }

    /** The migration sources, sorted by file name (which sorts by creation). */
    List<Path> migrations() {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
