package dev.retort.schema;

/**
 * A table's comment as an element of a table definition, so that {@code createTable} and
 * {@code dropTable} carry it with the columns: {@code op.createTable("customer", tableComment("People who buy"), ...)}.
 */
public record TableComment(String text) implements TableElement {

    public TableComment {
        Names.require(text, "table comment");
    }
}
