package dev.retort.diff.reflect;

import dev.retort.diff.TableFilter;
import java.util.Objects;
import java.util.Set;

/**
 * What to reflect.
 *
 * @param defaultSchema the schema Retort manages; its objects come back with a null schema
 * @param otherSchemas  further schemas the entities use; their objects keep their schema name
 * @param filter        which tables and sequences to include
 */
public record ReflectRequest(String defaultSchema, Set<String> otherSchemas, TableFilter filter) {

    public ReflectRequest {
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        otherSchemas = Set.copyOf(otherSchemas);
        Objects.requireNonNull(filter, "filter");
    }
}
