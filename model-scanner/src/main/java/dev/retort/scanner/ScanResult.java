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
 * @param warnings      what the model leaves out of the mapping (for example a column's collation), one line
 *                      each naming the entity and column
 */
public record ScanResult(SchemaModel model, List<String> entityClasses, Set<String> otherSchemas, List<String> warnings) {

    public ScanResult {
        entityClasses = List.copyOf(entityClasses);
        otherSchemas = Collections.unmodifiableSet(new TreeSet<>(otherSchemas == null ? Set.of() : otherSchemas));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public ScanResult(SchemaModel model, List<String> entityClasses, Set<String> otherSchemas) {
        this(model, entityClasses, otherSchemas, List.of());
    }
}
