package dev.retort.cli.project;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.config.RetortConfig;
import dev.retort.codegen.MigrationNames;
import dev.retort.codegen.MigrationSpec;
import dev.retort.codegen.MigrationWriter;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.random.RandomGenerator;

/** Writes a new migration source into the migrations folder. */
public final class RevisionAuthor {
    private final RetortConfig config;
    private final RandomGenerator random;

    public RevisionAuthor(RetortConfig config) {
        this(config, new SecureRandom());
    }

    RevisionAuthor(RetortConfig config, RandomGenerator random) {
        this.config = config;
        this.random = random;
    }

    /** The revisions a new revision builds on: the single head, or none for the first. */
    public static List<String> parentsForNewRevision(RevisionGraph graph) {
        List<RevisionInfo> heads = graph.heads();
        if (heads.size() > 1) {
            throw new RetortException(ErrorKind.REVISION, "The history has " + heads.size() + " heads ("
                    + String.join(", ", heads.stream().map(RevisionInfo::id).toList())
                    + "): merge them first with 'retort merge -m \"Merge heads\"'");
        }
        return heads.stream().map(RevisionInfo::id).toList();
    }

    /** Writes the migration and returns its path. */
    public Path write(RevisionGraph graph, List<String> parents, String message, List<Operation> upgrade) {
        if (message == null || message.isBlank()) {
            throw new RetortException(ErrorKind.CONFIGURATION, "A revision needs a message: pass -m \"what it does\"");
        }
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id;
        do {
            id = MigrationNames.newRevisionId(random);
        } while (graph.contains(id));
        String className = MigrationNames.className(created, message);
        String source = new MigrationWriter().write(new MigrationSpec(config.migrationsPackage(), className, id,
                parents, message.strip(), created, upgrade));
        Path file = config.migrationsDir().resolve(className + ".java");
        try {
            Files.createDirectories(config.migrationsDir());
            Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, file + " already exists: wait a second or use another message");
        } catch (IOException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, "Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
