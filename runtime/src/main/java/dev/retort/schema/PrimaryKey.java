package dev.retort.schema;

import java.util.List;

/** A primary key constraint; always named, so that it can be dropped again. */
public record PrimaryKey(String name, List<String> columns) implements TableElement {

    public PrimaryKey {
        Names.require(name, "primary key name");
        columns = Names.requireColumns(columns, "primary key " + name);
    }
}
