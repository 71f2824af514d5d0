package dev.retort.scanner;

import dev.retort.schema.SchemaModel;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a scan found.
 *
 * @param model         the schema Hibernate would create for the entities
 * @param entityClasses the entity classes, sorted by name
 * @param otherSchemas  the schemas other than the default schema that mapped tables or sequences use, sorted
 */
public record ScanResult(SchemaModel model, List<String> entityClasses, Set<String> otherSchemas) {

    public ScanResult {
        entityClasses = List.copyOf(entityClasses);
        otherSchemas = Collections.unmodifiableSet(new TreeSet<>(otherSchemas == null ? Set.of() : otherSchemas));
    }
}
