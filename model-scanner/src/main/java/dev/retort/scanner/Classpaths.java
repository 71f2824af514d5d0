package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parses the {@code retort.model.classpath} setting: entries separated by {@code :} (or the
 * platform's path separator), relative to a base directory; {@code dir/*} stands for every jar in
 * {@code dir}, in name order.
 */
public final class Classpaths {
    static final String KEY = "retort.model.classpath";

    private Classpaths() {
    }

    public static List<Path> parse(String spec, Path baseDir) {
        List<Path> paths = new ArrayList<>();
        if (spec == null) {
            return paths;
        }
        for (String entry : split(spec)) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("*") || trimmed.endsWith("/*") || trimmed.endsWith(File.separator + "*")) {
                paths.addAll(jarsIn(trimmed, resolve(baseDir, trimmed.substring(0, trimmed.length() - 1))));
            } else {
                Path path = resolve(baseDir, trimmed);
                if (!Files.exists(path)) {
                    throw missing(trimmed, path);
                }
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }

    private static List<String> split(String spec) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == ':' && !isDriveLetterColon(spec, i) || c == File.pathSeparatorChar) {
                entries.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        entries.add(current.toString());
        return entries;
    }

    /** {@code C:\dir} on Windows: a colon after a single letter at the start of an entry is not a separator. */
    private static boolean isDriveLetterColon(String spec, int colon) {
        if (File.separatorChar != '\\' || colon == 0 || !Character.isLetter(spec.charAt(colon - 1))) {
            return false;
        }
        int start = colon - 1;
        return (start == 0 || spec.charAt(start - 1) == ':' || spec.charAt(start - 1) == ';')
                && colon + 1 < spec.length() && (spec.charAt(colon + 1) == '\\' || spec.charAt(colon + 1) == '/');
    }

    private static Path resolve(Path baseDir, String entry) {
        Path path = Path.of(entry.isEmpty() ? "." : entry);
        return (baseDir == null ? path : baseDir.resolve(path)).normalize();
    }

    private static List<Path> jarsIn(String entry, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw missing(entry, dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, "Cannot list the jars in " + dir + " (entry '" + entry
                    + "' of " + KEY + "): " + e.getMessage(), e);
        }
    }

    private static RetortException missing(String entry, Path path) {
        return new RetortException(ErrorKind.CONFIGURATION, "The entry '" + entry + "' of " + KEY
                + " does not exist (" + path + "): build the project first or fix " + KEY);
    }
}
