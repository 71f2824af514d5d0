package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the Java source of generated entities, with explicit table, column, index and key names. */
public final class EntitySources {
    public static final String PACKAGE = "bench.model";

    private EntitySources() {
    }

    /** Writes one file per entity under {@code sourceRoot}/bench/model and returns their paths. */
    public static List<Path> write(List<EntitySpec> entities, Path sourceRoot) throws IOException {
        Path dir = sourceRoot.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(entities.size());
        for (EntitySpec e : entities) {
            Path file = dir.resolve(e.className() + ".java");
            Files.writeString(file, source(e), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The source of one entity class. */
    public static String source(EntitySpec e) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        for (String type : List.of("jakarta.persistence.Column", "jakarta.persistence.ConstraintMode",
                "jakarta.persistence.Entity", "jakarta.persistence.ForeignKey", "jakarta.persistence.GeneratedValue",
                "jakarta.persistence.Id", "jakarta.persistence.Index", "jakarta.persistence.JoinColumn",
                "jakarta.persistence.ManyToOne", "jakarta.persistence.Table", "jakarta.persistence.UniqueConstraint",
                "java.math.BigDecimal", "java.time.LocalDate", "java.time.LocalDateTime", "java.util.UUID")) {
            s.append("import ").append(type).append(";\n");
        }
        s.append("\n@Entity\n@Table(name = \"").append(e.table()).append('"');
        if (!e.indexes().isEmpty()) {
            s.append(",\n        indexes = {");
            s.append(e.indexes().stream()
                    .map(i -> "@Index(name = \"" + i.name() + "\", columnList = \"" + String.join(", ", i.columns()) + "\")")
                    .collect(Collectors.joining(",\n                ")));
            s.append('}');
        }
        if (e.unique() != null) {
            s.append(",\n        uniqueConstraints = @UniqueConstraint(name = \"").append(e.unique().name())
                    .append("\", columnNames = {").append(e.unique().columns().stream().map(c -> '"' + c + '"')
                            .collect(Collectors.joining(", "))).append("})");
        }
        s.append(")\npublic class ").append(e.className()).append(" {\n");
        s.append("    @Id\n    @GeneratedValue\n    @Column(name = \"id\")\n    private Long id;\n");
        if (e.ref() != null) {
            RefSpec r = e.ref();
            String foreignKey = r.constrained() ? "@ForeignKey(name = \"" + r.fkName() + "\")"
                    : "@ForeignKey(ConstraintMode.NO_CONSTRAINT)";
            s.append("\n    @ManyToOne\n    @JoinColumn(name = \"").append(r.column()).append("\", foreignKey = ")
                    .append(foreignKey).append(")\n    private ").append(EntitySpec.className(r.target()))
                    .append(" ref;\n");
        }
        for (ColumnSpec c : e.columns()) {
            s.append("\n    @Column(name = \"").append(c.name()).append('"');
            switch (c.kind()) {
                case VARCHAR -> s.append(", length = ").append(c.length());
                case TEXT -> s.append(", columnDefinition = \"text\"");
                case NUMERIC -> s.append(", precision = ").append(c.precision()).append(", scale = ").append(c.scale());
                default -> { }
            }
            if (!c.nullable()) {
                s.append(", nullable = false");
            }
            s.append(")\n    private ").append(c.kind().javaType()).append(' ').append(c.name()).append(";\n");
        }
        return s.append("}\n").toString();
    }
}
