package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * An index.
 *
 * @param name    the index name
 * @param columns the keys in order
 * @param unique  whether this is a unique index
 * @param where   the predicate of a partial index, or null
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where) implements TableElement {

    public Index {
        Names.require(name, "index name");
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
        columns = List.copyOf(columns);
    }

    /** A plain ascending index on the given columns. */
    public static Index of(String name, String... columns) {
        List<IndexColumn> keys = new ArrayList<>();
        for (String column : columns) {
            keys.add(IndexColumn.asc(column));
        }
        return new Index(name, keys, false, null);
    }

    public Index unique(boolean isUnique) {
        return new Index(name, columns, isUnique, where);
    }

    public Index where(String predicate) {
        return new Index(name, columns, unique, predicate);
    }

    /** Marks the named key as descending. */
    public Index descending(String column) {
        List<IndexColumn> keys = new ArrayList<>();
        boolean found = false;
        for (IndexColumn key : columns) {
            if (key.name().equals(column)) {
                keys.add(IndexColumn.desc(column));
                found = true;
            } else {
                keys.add(key);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("index " + name + " has no column " + column);
        }
        return new Index(name, keys, unique, where);
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }
}
