package dev.retort.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The settings a command runs with, after the file, the environment and the command line have
 * been merged and checked.
 *
 * @param projectDir        the directory relative paths are resolved against (the config file's)
 * @param url               the JDBC URL, or {@code embedded} / {@code embedded:DIR}
 * @param user              the database user, or null
 * @param password          the database password, or null
 * @param schema            the schema Retort manages
 * @param modelPackages     the packages holding the entities
 * @param modelClasspath    the classpath the entities are loaded from, as written
 * @param migrationsDir     where the migration sources live
 * @param migrationsPackage the Java package of generated migrations (may be empty)
 * @param naming            the naming strategy the application uses
 * @param tablesInclude     globs of tables Retort manages (empty = all)
 * @param tablesExclude     globs of tables Retort leaves alone
 * @param extraSchemas      further schemas Retort reflects and manages besides the entities' own
 * @param hibernateSettings Hibernate or JPA settings of the application, passed to the scan as they are
 */
public record RetortConfig(Path projectDir, String url, String user, String password, String schema,
                           List<String> modelPackages, String modelClasspath, Path migrationsDir,
                           String migrationsPackage, Naming naming, List<String> tablesInclude,
                           List<String> tablesExclude, List<String> extraSchemas,
                           Map<String, String> hibernateSettings) {

    public RetortConfig {
        modelPackages = List.copyOf(modelPackages);
        tablesInclude = List.copyOf(tablesInclude);
        tablesExclude = List.copyOf(tablesExclude);
        extraSchemas = List.copyOf(extraSchemas);
        hibernateSettings = Map.copyOf(hibernateSettings);
    }

    /** Whether the database is the embedded PostgreSQL that Retort starts itself. */
    public boolean embedded() {
        return url != null && (url.equals("embedded") || url.startsWith("embedded:"));
    }

    /** The embedded PostgreSQL's data directory. */
    public Path embeddedDataDir() {
        String dir = url.startsWith("embedded:") ? url.substring("embedded:".length()) : ".retort/postgres";
        return projectDir.resolve(dir).normalize();
    }

    /** Where Retort keeps its own files for this project (compiled migrations, embedded database). */
    public Path workDir() {
        return projectDir.resolve(".retort");
    }
}
