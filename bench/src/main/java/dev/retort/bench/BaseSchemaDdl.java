package dev.retort.bench;

import dev.retort.scanner.HibernateSchemaTool;
import dev.retort.scanner.NamingStrategy;
import dev.retort.scanner.ScanRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes Hibernate's own create script for the entities of a classes directory, the DDL the
 * benchmark's base databases are built from: {@code BaseSchemaDdl CLASSES_DIR PACKAGE OUT_FILE}. Runs
 * on {@code retort.jar}.
 */
public final class BaseSchemaDdl {
    private BaseSchemaDdl() {
    }

    public static void main(String[] args) throws Exception {
        ScanRequest request = new ScanRequest(List.of(Path.of(args[0])), List.of(args[1]), NamingStrategy.JPA, "public");
        try (HibernateSchemaTool tool = HibernateSchemaTool.boot(request)) {
            Files.writeString(Path.of(args[2]), tool.createScript(), StandardCharsets.UTF_8);
        }
    }
}
