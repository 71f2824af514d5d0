package dev.retort.bench;

import java.util.List;

/**
 * A named index or unique constraint over some columns of its table.
 *
 * @param name    the explicit name given in the annotation
 * @param columns the column names, in key order
 */
public record KeySpec(String name, List<String> columns) {

    public KeySpec {
        columns = List.copyOf(columns);
    }
}
