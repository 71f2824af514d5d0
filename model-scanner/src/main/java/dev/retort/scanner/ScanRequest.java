package dev.retort.scanner;

import java.nio.file.Path;
import java.util.List;

/**
 * What to scan.
 *
 * @param classpath     directories and jars holding the entity classes and whatever they refer to
 * @param packages      the packages (with their subpackages) whose entities make up the model
 * @param naming        the naming strategy the application runs Hibernate with
 * @param defaultSchema the schema Retort manages; tables in it get a null schema in the model (null: none given)
 */
public record ScanRequest(List<Path> classpath, List<String> packages, NamingStrategy naming, String defaultSchema) {

    public ScanRequest {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        naming = naming == null ? NamingStrategy.JPA : naming;
    }
}
