package dev.retort.schema;

import java.util.List;

/** A unique constraint (not a unique index: see {@link Index#unique()}). */
public record UniqueConstraint(String name, List<String> columns) implements TableElement {

    public UniqueConstraint {
        Names.require(name, "unique constraint name");
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }
}
