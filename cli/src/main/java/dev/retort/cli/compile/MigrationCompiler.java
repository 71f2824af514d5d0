package dev.retort.cli.compile;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.migration.Migration;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the migration sources of a project in process and loads their classes. Each source's
 * classes are cached under a directory named after the hash of its content, so an unchanged
 * history is never recompiled and a new migration compiles alone; whatever is missing compiles in
 * one javac task.
 */
public final class MigrationCompiler {
    private static final String COMPLETE_MARKER = ".complete";

    private final Path cacheRoot;
    private final Path displayBase;

    /**
     * @param cacheRoot   where compiled classes are kept, e.g. {@code .retort/classes}
     * @param displayBase paths in messages are shown relative to this directory
     */
    public MigrationCompiler(Path cacheRoot, Path displayBase) {
        this.cacheRoot = cacheRoot;
        this.displayBase = displayBase;
    }

    /** One compiled migration source: where it is and the migration classes it declares. */
    public record CompiledSource(Path source, List<Class<? extends Migration>> classes) {
    }

    /** The outcome: the sources in file-name order, and how many had to be compiled this time. */
    public record Result(List<CompiledSource> sources, int compiled) {
        public List<Class<? extends Migration>> migrationClasses() {
            return sources.stream().flatMap(s -> s.classes().stream()).toList();
        }
    }

    /** Compiles (where needed) and loads every {@code .java} file under {@code migrationsDir}. */
    public Result compile(Path migrationsDir) {
        List<Path> sources = listSources(migrationsDir);
        Map<Path, Path> outputBySource = new LinkedHashMap<>();
        List<Path> pending = new ArrayList<>();
        for (Path source : sources) {
            Path output = cacheRoot.resolve(hash(source));
            outputBySource.put(source, output);
            if (!Files.exists(output.resolve(COMPLETE_MARKER))) {
                pending.add(source);
            }
        }
        if (!pending.isEmpty()) {
            compileInto(pending, outputBySource);
        }
        return new Result(load(outputBySource), pending.size());
    }

    private static List<Path> listSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorKind.CONFIGURATION, "The migrations folder " + dir
                    + " does not exist: run `retort init` or set retort.migrations.dir");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String hash(Path source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(cacheSalt().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(source));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, "Cannot read " + display(source) + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anything besides the source that changes the compiled result: the runtime and the JDK. */
    private static String cacheSalt() {
        String runtime = Migration.class.getPackage().getImplementationVersion();
        return "retort=" + (runtime == null ? "dev" : runtime) + ";java=" + Runtime.version().feature() + ";";
    }

    private void compileInto(List<Path> pending, Map<Path, Path> outputBySource) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new RetortException(ErrorKind.COMPILATION, "Retort compiles migrations with javac, but this Java ("
                    + System.getProperty("java.home") + ") is a JRE without the compiler: run Retort with a JDK 17"
                    + " or later (set JAVA_HOME)");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<Path, Path> staging = new LinkedHashMap<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            for (Path source : pending) {
                Path output = outputBySource.get(source);
                Files.createDirectories(output.getParent());
                staging.put(source, Files.createTempDirectory(output.getParent(), output.getFileName() + ".tmp"));
            }
            var fileManager = new PerSourceOutput(standard, staging);
            List<String> options = List.of("-classpath", runtimeClasspath(), "--release", "17", "-proc:none",
                    "-implicit:none", "-g", "-nowarn", "-encoding", "UTF-8", "-d", staging.values().iterator().next().toString());
            StringWriter javacOutput = new StringWriter();
            Boolean ok = javac.getTask(javacOutput, fileManager, diagnostics, options, null,
                    standard.getJavaFileObjectsFromPaths(pending)).call();
            if (!Boolean.TRUE.equals(ok)) {
                throw compileError(diagnostics.getDiagnostics(), javacOutput.toString());
            }
            for (Path source : pending) {
                publish(staging.get(source), outputBySource.get(source));
            }
        } catch (IOException e) {
            throw new RetortException(ErrorKind.COMPILATION, "Cannot write compiled migrations to " + cacheRoot
                    + ": " + e.getMessage(), e);
        } finally {
            staging.values().forEach(MigrationCompiler::deleteQuietly);
        }
    }

    private RetortException compileError(List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String where = d.getSource() == null ? "javac" : display(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber();
            errors.add(where + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse("error"));
        }
        if (errors.isEmpty()) {
            errors.add("javac: " + output.strip());
        }
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error"
                + (errors.size() > 2 ? "s" : "") + ")" : "";
        return new RetortException(ErrorKind.COMPILATION, "Migration does not compile: " + errors.get(0) + more);
    }

    /** Moves a finished staging directory into place; another process may have won the race. */
    private static void publish(Path staging, Path output) throws IOException {
        Files.writeString(staging.resolve(COMPLETE_MARKER), "");
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // the same content was compiled concurrently; keep the existing copy
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, output);
        }
    }

    private List<CompiledSource> load(Map<Path, Path> outputBySource) {
        List<URL> urls = new ArrayList<>();
        for (Path output : outputBySource.values()) {
            try {
                urls.add(output.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        ClassLoader loader = new URLClassLoader("retort-migrations", urls.toArray(URL[]::new), Migration.class.getClassLoader());
        List<CompiledSource> result = new ArrayList<>();
        for (Map.Entry<Path, Path> entry : outputBySource.entrySet()) {
            result.add(new CompiledSource(entry.getKey(), loadClasses(entry.getKey(), entry.getValue(), loader)));
        }
        return result;
    }

    private List<Class<? extends Migration>> loadClasses(Path source, Path output, ClassLoader loader) {
        List<Class<? extends Migration>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = output.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, loader);
                if (Migration.class.isAssignableFrom(type)) {
                    classes.add(type.asSubclass(Migration.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException(ErrorKind.COMPILATION, "Cannot load the classes of " + display(source) + ": " + e, e);
        }
        if (classes.isEmpty()) {
            throw new RetortException(ErrorKind.COMPILATION, display(source)
                    + " declares no class implementing dev.retort.migration.Migration: move it out of the migrations folder");
        }
        return classes;
    }

    /** Where the runtime classes are, for javac's classpath: the Retort jar, or a classes directory in development. */
    private static String runtimeClasspath() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            return System.getProperty("java.class.path");
        }
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(displayBase) ? displayBase.relativize(absolute).toString() : absolute.toString();
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover staging directory is harmless and is not reused
        }
    }

    /** Sends each class file into the staging directory of the source it came from. */
    private static final class PerSourceOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<Path, Path> stagingBySource;

        PerSourceOutput(StandardJavaFileManager delegate, Map<Path, Path> stagingBySource) {
            super(delegate);
            this.stagingBySource = stagingBySource;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) throws IOException {
            if (location == StandardLocation.CLASS_OUTPUT && sibling != null) {
                Path staging = stagingBySource.get(Path.of(sibling.toUri()));
                if (staging != null) {
                    Path target = staging.resolve(className.replace('.', '/') + kind.extension);
                    Files.createDirectories(target.getParent());
                    return fileManager.getJavaFileObjects(target).iterator().next();
                }
            }
            return super.getJavaFileForOutput(location, className, kind, sibling);
        }
    }
}
