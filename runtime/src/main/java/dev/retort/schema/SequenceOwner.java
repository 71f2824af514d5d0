package dev.retort.schema;

/**
 * The column a sequence belongs to ({@code ALTER SEQUENCE ... OWNED BY table.column}), as a serial
 * column's sequence does: dropping the column or its table drops the sequence. The table lies in the
 * sequence's schema.
 *
 * @param table  the owning table's name
 * @param column the owning column's name
 */
public record SequenceOwner(String table, String column) {

    public SequenceOwner {
        Names.require(table, "owning table name");
        Names.require(column, "owning column name");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
