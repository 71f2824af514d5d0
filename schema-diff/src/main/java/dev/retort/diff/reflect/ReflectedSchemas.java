package dev.retort.diff.reflect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schemas one reflection reads, and how their names map onto the model: the default schema
 * becomes a null schema, every other schema keeps its name.
 */
final class ReflectedSchemas {
    private final String defaultSchema;
    private final List<String> names;

    private ReflectedSchemas(String defaultSchema, List<String> names) {
        this.defaultSchema = defaultSchema;
        this.names = names;
    }

    static ReflectedSchemas of(ReflectRequest request) {
        Set<String> names = new LinkedHashSet<>();
        names.add(request.defaultSchema());
        List<String> others = new ArrayList<>(request.otherSchemas());
        Collections.sort(others);
        names.addAll(others);
        return new ReflectedSchemas(request.defaultSchema(), List.copyOf(names));
    }

    /** The default schema first, then the others in name order. */
    List<String> names() {
        return names;
    }

    boolean contains(String schema) {
        return names.contains(schema);
    }

    /** The schema as the model writes it: null for the default schema. */
    String modelSchema(String schema) {
        return defaultSchema.equals(schema) ? null : schema;
    }

    /**
     * The names as a parenthesised list of SQL string literals, for statements that cannot take
     * parameters. {@code E'...'} strings mean the same whatever {@code standard_conforming_strings} says.
     */
    String sqlLiteralList() {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append("E'").append(names.get(i).replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
        return sql.append(')').toString();
    }
}
