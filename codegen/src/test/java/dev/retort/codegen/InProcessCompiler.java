package dev.retort.codegen;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated migration sources with javac in one task, against the runtime classes alone,
 * and loads them in a class loader whose parent holds the runtime, so that the operations they
 * record are the same classes the test compares with.
 */
final class InProcessCompiler {
    private InProcessCompiler() {
    }

    /** The compiled classes: where they were written and a loader for them. */
    record Compiled(Path outputDir, URLClassLoader loader) {
        Migration migration(String binaryName) {
            try {
                Class<?> type = loader.loadClass(binaryName);
                return (Migration) type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot instantiate " + binaryName, e);
            }
        }

        Path classFile(String binaryName) {
            return outputDir.resolve(binaryName.replace('.', '/') + ".class");
        }
    }

    /** Compiles strictly: any warning, including a Javadoc error, fails. */
    static Compiled compile(Map<String, String> sources, Path workDir) {
        return compile(sources, workDir, true);
    }

    /**
     * @param sources source text by file path relative to the source root, e.g.
     *                {@code com/example/R1_X.java}
     * @param strict  whether warnings (including Javadoc errors) fail the compilation; costs a third
     *                more time on very large sources
     */
    static Compiled compile(Map<String, String> sources, Path workDir, boolean strict) {
        try {
            Path sourceRoot = Files.createDirectories(workDir.resolve("src"));
            Path outputDir = Files.createDirectories(workDir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StringWriter output = new StringWriter();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = new ArrayList<>(List.of("-classpath", runtimeClasses().toString(),
                        "-d", outputDir.toString(), "--release", "17", "-proc:none", "-implicit:none", "-encoding", "UTF-8"));
                if (strict) {
                    options.addAll(List.of("-Xlint:all", "-Xdoclint:all,-missing", "-Werror"));
                }
                boolean ok = javac.getTask(output, fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    throw new AssertionError("generated sources do not compile:\n" + output
                            + diagnostics.getDiagnostics().stream().limit(20).map(Object::toString)
                            .collect(Collectors.joining("\n")));
                }
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {outputDir.toUri().toURL()},
                    Operations.class.getClassLoader());
            return new Compiled(outputDir, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory or jar the runtime's classes come from: the only thing generated code may need. */
    static Path runtimeClasses() {
        try {
            return Path.of(Operations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the runtime classes", e);
        }
    }

    static String sourcePath(MigrationSpec spec) {
        String dir = spec.packageName().isEmpty() ? "" : spec.packageName().replace('.', '/') + "/";
        return dir + spec.className() + ".java";
    }

    static String binaryName(MigrationSpec spec) {
        return spec.packageName().isEmpty() ? spec.className() : spec.packageName() + "." + spec.className();
    }
}
