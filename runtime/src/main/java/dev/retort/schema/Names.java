package dev.retort.schema;

import java.util.List;

/** Argument checks shared by the model records. */
final class Names {
    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        List<String> copy = List.copyOf(columns);
        copy.forEach(c -> require(c, what + " column"));
        return copy;
    }
}
