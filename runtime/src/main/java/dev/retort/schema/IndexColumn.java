package dev.retort.schema;

/**
 * One key of an index: a column name (or, for reflected expression indexes, the expression text)
 * and its sort direction.
 */
public record IndexColumn(String name, boolean descending) {

    public IndexColumn {
        Names.require(name, "index column");
    }

    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }

    public static IndexColumn desc(String name) {
        return new IndexColumn(name, true);
    }
}
