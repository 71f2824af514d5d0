package dev.retort.scanner;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A generated model of many simple entities, compiled in-process: each has a sequence id, a few
 * typed columns, a unique column, an index, an enum and a many-to-one to the previous entity.
 */
final class GeneratedEntities {
    static final String PACKAGE = "gen.model";

    private GeneratedEntities() {
    }

    /** Writes and compiles {@code count} entities; returns the classes directory. */
    static Path compile(Path dir, int count) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(sources.resolve("Status.java"),
                "package " + PACKAGE + ";\npublic enum Status { NEW, ACTIVE, RETIRED }\n"));
        for (int i = 0; i < count; i++) {
            files.add(Files.writeString(sources.resolve("Entity" + i + ".java"), source(i)));
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("-d", classes.toString(), "-proc:none", "-g:none",
                    "-cp", jarOf(jakarta.persistence.Entity.class));
            if (!javac.getTask(null, fileManager, null, options, null, units).call()) {
                throw new IllegalStateException("the generated entities do not compile");
            }
        }
        return classes;
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(int i) {
        String previous = i == 0 ? "" : """
                    @ManyToOne
                    private Entity%d previous;
                """.formatted(i - 1);
        return """
                package %s;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.time.LocalDate;

                @Entity
                @Table(indexes = @Index(name = "idx_entity%d_name", columnList = "name"))
                public class Entity%d {
                    @Id
                    @GeneratedValue
                    private Long id;

                    @Column(nullable = false, length = 100)
                    private String name;

                    @Column(unique = true, length = 40)
                    private String code;

                    private int quantity;

                    @Column(precision = 12, scale = 2)
                    private BigDecimal amount;

                    private LocalDate createdOn;

                    private Instant updatedAt;

                    @Enumerated(EnumType.STRING)
                    private Status status;
                %s}
                """.formatted(PACKAGE, i, i, previous);
    }
}
