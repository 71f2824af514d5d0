package dev.retort.scanner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to scan.
 *
 * @param classpath         directories and jars holding the entity classes and whatever they refer to
 * @param packages          the packages (with their subpackages) whose entities make up the model
 * @param naming            the naming strategy the application runs Hibernate with
 * @param defaultSchema     the schema Retort manages; tables in it get a null schema in the model (null: none given)
 * @param hibernateSettings Hibernate settings the application runs with (for example
 *                          {@code hibernate.globally_quoted_identifiers=true}); Retort's own database version and
 *                          its no-JDBC boot setting win over them
 */
public record ScanRequest(List<Path> classpath, List<String> packages, NamingStrategy naming, String defaultSchema,
                          Map<String, String> hibernateSettings) {

    public ScanRequest {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        naming = naming == null ? NamingStrategy.JPA : naming;
        hibernateSettings = hibernateSettings == null ? Map.of() : Map.copyOf(hibernateSettings);
    }

    /** A request without Hibernate settings of the application's own. */
    public ScanRequest(List<Path> classpath, List<String> packages, NamingStrategy naming, String defaultSchema) {
        this(classpath, packages, naming, defaultSchema, Map.of());
    }
}
