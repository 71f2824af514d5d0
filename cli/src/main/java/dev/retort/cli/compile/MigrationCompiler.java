package dev.retort.cli.compile;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
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
    /** Written last into each source's output directory: its classes and migrations; a directory without it is incomplete. */
    private static final String INDEX = "retort-index.properties";
    /** What the last run saw of each source, beside the per-source directories. */
    private static final String SNAPSHOT = "sources.properties";

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

    /**
     * A migration class as its {@code @Revision} describes it, read once when the source compiled
     * and kept in the cache, so that listing the history loads no class at all.
     */
    public record CompiledMigration(String className, String id, List<String> parents, String message,
                                    String created) {
        public CompiledMigration {
            parents = List.copyOf(parents);
        }
    }

    /** One compiled migration source: where it is, where its classes are, what it declares. */
    public record CompiledSource(Path source, Path output, List<String> classNames, List<CompiledMigration> migrations) {
        public CompiledSource {
            classNames = List.copyOf(classNames);
            migrations = List.copyOf(migrations);
        }
    }

    /** The outcome: the sources in file-name order, how many had to be compiled, and a loader for their classes. */
    public record Result(List<CompiledSource> sources, int compiled, ClassLoader loader) {
        public List<CompiledMigration> migrations() {
            return sources.stream().flatMap(s -> s.migrations().stream()).toList();
        }

        /** Loads every migration class; commands load only the ones they run. */
        public List<Class<? extends Migration>> migrationClasses() {
            return migrations().stream().<Class<? extends Migration>>map(m -> load(m.className())).toList();
        }

        public Class<? extends Migration> load(String className) {
            try {
                return Class.forName(className, false, loader).asSubclass(Migration.class);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new RetortException(ErrorKind.COMPILATION, "Cannot load the compiled migration " + className
                        + ": " + e + " (delete .retort/classes to compile again)", e);
            }
        }
    }

    /** Compiles what the cache lacks, in one javac task, and describes every {@code .java} file under {@code migrationsDir}. */
    public Result compile(Path migrationsDir) {
        Map<Path, BasicFileAttributes> attributes = listSources(migrationsDir);
        String salt = cacheSalt();
        Path snapshotFile = cacheRoot.resolve(SNAPSHOT);
        SourceSnapshot snapshot = SourceSnapshot.read(snapshotFile, salt);
        Map<Path, CompiledSource> known = new HashMap<>();
        Map<Path, Path> outputBySource = new LinkedHashMap<>();
        List<Path> pending = new ArrayList<>();
        for (Map.Entry<Path, BasicFileAttributes> entry : attributes.entrySet()) {
            Path source = entry.getKey();
            CompiledSource unchanged = snapshot.unchanged(source, entry.getValue());
            if (unchanged != null && Files.exists(unchanged.output().resolve(INDEX))) {
                known.put(source, unchanged);
                outputBySource.put(source, unchanged.output());
                continue;
            }
            Path output = cacheRoot.resolve(hash(source, salt));
            outputBySource.put(source, output);
            if (!Files.exists(output.resolve(INDEX))) {
                pending.add(source);
            }
        }
        if (!pending.isEmpty()) {
            compileInto(pending, outputBySource);
        }
        List<CompiledSource> compiled = new ArrayList<>();
        for (Map.Entry<Path, Path> entry : outputBySource.entrySet()) {
            CompiledSource source = known.get(entry.getKey());
            compiled.add(source != null ? source : readIndex(entry.getKey(), entry.getValue()));
        }
        if (!snapshot.describes(compiled, attributes)) {
            try {
                SourceSnapshot.write(snapshotFile, salt, compiled, attributes);
            } catch (IOException e) {
                // only a shortcut for the next run; without it every source is hashed again
            }
        }
        return new Result(compiled, pending.size(), new CompiledClassLoader(compiled, Migration.class.getClassLoader()));
    }

    /** The {@code .java} files under {@code dir}, sorted by path, with their attributes. */
    private static Map<Path, BasicFileAttributes> listSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorKind.CONFIGURATION, "The migrations folder " + dir
                    + " does not exist: run `retort init` or set retort.migrations.dir");
        }
        Map<Path, BasicFileAttributes> sources = new TreeMap<>();
        try (Stream<Path> files = Files.find(dir, Integer.MAX_VALUE, (path, attrs) -> {
            if (attrs.isRegularFile() && path.toString().endsWith(".java")) {
                sources.put(path, attrs);
            }
            return false;
        })) {
            files.forEach(path -> { });
        } catch (IOException | UncheckedIOException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, "Cannot list the migrations folder " + dir + ": "
                    + e.getMessage(), e);
        }
        return sources;
    }

    private String hash(Path source, String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
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
        return "retort=" + (runtime == null ? "dev" : runtime) + ";java=" + Runtime.version().feature() + ";cache=2;";
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
            List<String> classpath = new ArrayList<>(List.of(runtimeClasspath()));
            outputBySource.values().stream().filter(Files::isDirectory).map(Path::toString).forEach(classpath::add);
            List<String> options = List.of("-classpath", String.join(File.pathSeparator, classpath), "--release", "17", "-proc:none",
                    "-implicit:none", "-g", "-nowarn", "-encoding", "UTF-8", "-d", staging.values().iterator().next().toString());
            StringWriter javacOutput = new StringWriter();
            Boolean ok = javac.getTask(javacOutput, fileManager, diagnostics, options, null,
                    standard.getJavaFileObjectsFromPaths(pending)).call();
            if (!Boolean.TRUE.equals(ok)) {
                throw compileError(diagnostics.getDiagnostics(), javacOutput.toString());
            }
            ClassLoader stagingLoader = new CompiledClassLoader(staging.values(), Migration.class.getClassLoader());
            for (Path source : pending) {
                writeIndex(source, staging.get(source), stagingLoader);
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
        if (Files.isDirectory(output) && !Files.exists(output.resolve(INDEX))) {
            // left behind by a run that was killed while publishing
            deleteQuietly(output);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, output);
        } catch (IOException e) {
            // on Linux a rename onto a directory another process just filled fails with a plain
            // "Directory not empty"; the same content was compiled concurrently, so keep that copy
            if (!Files.exists(output.resolve(INDEX))) {
                throw e;
            }
        }
    }

    /** Loads the freshly compiled classes once, checks them and records what the history needs. */
    private void writeIndex(Path source, Path output, ClassLoader loader) throws IOException {
        List<String> classNames = classNames(output);
        Properties index = new Properties();
        index.setProperty("classes", String.join(",", classNames));
        int count = 0;
        for (String name : classNames) {
            if (name.contains("$")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new RetortException(ErrorKind.COMPILATION, "Cannot load the classes of " + display(source) + ": " + e, e);
            }
            if (!Migration.class.isAssignableFrom(type)) {
                continue;
            }
            Revision revision = type.getAnnotation(Revision.class);
            if (revision == null) {
                throw new RetortException(ErrorKind.REVISION, name + " in " + display(source)
                        + " implements Migration but has no @Revision annotation: add @Revision(id = ..., message = ..., created = ...)");
            }
            String key = "migration." + count++ + ".";
            index.setProperty(key + "class", name);
            index.setProperty(key + "id", revision.id());
            index.setProperty(key + "parents", String.join(",", revision.parents()));
            index.setProperty(key + "message", revision.message());
            index.setProperty(key + "created", revision.created());
        }
        if (count == 0) {
            throw new RetortException(ErrorKind.COMPILATION, display(source)
                    + " declares no class implementing dev.retort.migration.Migration: move it out of the migrations folder");
        }
        try (Writer writer = Files.newBufferedWriter(output.resolve(INDEX), StandardCharsets.UTF_8)) {
            index.store(writer, null);
        }
    }

    private CompiledSource readIndex(Path source, Path output) {
        Properties index = new Properties();
        try (Reader reader = Files.newBufferedReader(output.resolve(INDEX), StandardCharsets.UTF_8)) {
            index.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new RetortException(ErrorKind.COMPILATION, "The compile cache " + output + " is damaged (" + e.getMessage()
                    + "): delete .retort/classes to compile again", e);
        }
        List<CompiledMigration> migrations = new ArrayList<>();
        for (int i = 0; index.getProperty("migration." + i + ".class") != null; i++) {
            String key = "migration." + i + ".";
            String parents = index.getProperty(key + "parents", "");
            migrations.add(new CompiledMigration(index.getProperty(key + "class"), index.getProperty(key + "id"),
                    parents.isEmpty() ? List.of() : List.of(parents.split(",")), index.getProperty(key + "message"),
                    index.getProperty(key + "created")));
        }
        String classes = index.getProperty("classes", "");
        return new CompiledSource(source, output, classes.isEmpty() ? List.of() : List.of(classes.split(",")), migrations);
    }

    private static List<String> classNames(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(p -> p.toString().endsWith(".class")).map(file -> {
                String name = output.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                return name.substring(0, name.length() - ".class".length());
            }).sorted().toList();
        }
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
