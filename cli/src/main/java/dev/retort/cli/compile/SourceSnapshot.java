package dev.retort.cli.compile;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * What the previous run found for each migration source: its size, modification time and file
 * key, and what it compiled to. A source whose attributes are unchanged is neither read nor hashed
 * again, so an unchanged history of hundreds of revisions costs one small file read.
 */
final class SourceSnapshot {
    private final Map<Path, Entry> entries;

    /** One source as last seen. */
    record Entry(long size, long modified, String fileKey, MigrationCompiler.CompiledSource compiled) {
        boolean matches(BasicFileAttributes attributes) {
            return size == attributes.size() && modified == attributes.lastModifiedTime().toMillis()
                    && fileKey.equals(String.valueOf(attributes.fileKey()));
        }
    }

    private SourceSnapshot(Map<Path, Entry> entries) {
        this.entries = entries;
    }

    /** The snapshot in {@code file}, or an empty one when it is missing, unreadable or was written for another salt. */
    static SourceSnapshot read(Path file, String salt) {
        Map<Path, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new SourceSnapshot(entries);
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return new SourceSnapshot(entries);
        }
        if (!salt.equals(p.getProperty("salt"))) {
            return new SourceSnapshot(entries);
        }
        for (int i = 0; p.getProperty(i + ".source") != null; i++) {
            String key = i + ".";
            List<MigrationCompiler.CompiledMigration> migrations = new ArrayList<>();
            for (int m = 0; p.getProperty(key + m + ".class") != null; m++) {
                String mk = key + m + ".";
                migrations.add(new MigrationCompiler.CompiledMigration(p.getProperty(mk + "class"), p.getProperty(mk + "id"),
                        split(p.getProperty(mk + "parents")), p.getProperty(mk + "message"), p.getProperty(mk + "created")));
            }
            Path source = Path.of(p.getProperty(key + "source"));
            MigrationCompiler.CompiledSource compiled = new MigrationCompiler.CompiledSource(source,
                    Path.of(p.getProperty(key + "output")), split(p.getProperty(key + "classes")), migrations);
            entries.put(source, new Entry(Long.parseLong(p.getProperty(key + "size")),
                    Long.parseLong(p.getProperty(key + "modified")), p.getProperty(key + "fileKey"), compiled));
        }
        return new SourceSnapshot(entries);
    }

    /** What {@code source} compiled to, when its attributes are what they were. */
    MigrationCompiler.CompiledSource unchanged(Path source, BasicFileAttributes attributes) {
        Entry entry = entries.get(source);
        return entry != null && entry.matches(attributes) ? entry.compiled() : null;
    }

    /** Whether the snapshot already describes exactly these sources. */
    boolean describes(List<MigrationCompiler.CompiledSource> sources, Map<Path, BasicFileAttributes> attributes) {
        if (entries.size() != sources.size()) {
            return false;
        }
        for (MigrationCompiler.CompiledSource source : sources) {
            Entry entry = entries.get(source.source());
            if (entry == null || !entry.matches(attributes.get(source.source()))
                    || !Objects.equals(entry.compiled(), source)) {
                return false;
            }
        }
        return true;
    }

    /** Replaces {@code file} with a snapshot of the given sources. */
    static void write(Path file, String salt, List<MigrationCompiler.CompiledSource> sources,
                      Map<Path, BasicFileAttributes> attributes) throws IOException {
        Properties p = new Properties();
        p.setProperty("salt", salt);
        for (int i = 0; i < sources.size(); i++) {
            MigrationCompiler.CompiledSource source = sources.get(i);
            BasicFileAttributes attrs = attributes.get(source.source());
            String key = i + ".";
            p.setProperty(key + "source", source.source().toString());
            p.setProperty(key + "size", String.valueOf(attrs.size()));
            p.setProperty(key + "modified", String.valueOf(attrs.lastModifiedTime().toMillis()));
            p.setProperty(key + "fileKey", String.valueOf(attrs.fileKey()));
            p.setProperty(key + "output", source.output().toString());
            p.setProperty(key + "classes", String.join(",", source.classNames()));
            for (int m = 0; m < source.migrations().size(); m++) {
                MigrationCompiler.CompiledMigration migration = source.migrations().get(m);
                String mk = key + m + ".";
                p.setProperty(mk + "class", migration.className());
                p.setProperty(mk + "id", migration.id());
                p.setProperty(mk + "parents", String.join(",", migration.parents()));
                p.setProperty(mk + "message", migration.message());
                p.setProperty(mk + "created", migration.created());
            }
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(writer, null);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : List.of(list.split(","));
    }
}
