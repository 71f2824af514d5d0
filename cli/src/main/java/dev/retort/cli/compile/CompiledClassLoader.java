package dev.retort.cli.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads compiled migrations from the per-source cache directories, knowing for each class the one
 * directory that holds it: a class costs one file read however many directories there are.
 */
final class CompiledClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, Path> directoryByClass;

    CompiledClassLoader(List<MigrationCompiler.CompiledSource> sources, ClassLoader parent) {
        super("retort-migrations", parent);
        directoryByClass = new HashMap<>();
        for (MigrationCompiler.CompiledSource source : sources) {
            source.classNames().forEach(name -> directoryByClass.putIfAbsent(name, source.output()));
        }
    }

    /** A loader over directories whose classes are found by listing them, for freshly compiled output. */
    CompiledClassLoader(Collection<Path> directories, ClassLoader parent) {
        super("retort-migrations-staging", parent);
        directoryByClass = new HashMap<>();
        for (Path dir : directories) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".class")).forEach(file -> {
                    String name = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                    directoryByClass.putIfAbsent(name.substring(0, name.length() - ".class".length()), dir);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path dir = directoryByClass.get(name);
        if (dir == null) {
            throw new ClassNotFoundException(name);
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name.replace('.', '/') + ".class"));
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " in " + dir + ": " + e.getMessage(), e);
        }
    }
}
