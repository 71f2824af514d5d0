package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.TableName;

/** Adds a column to an existing table. */
public record AddColumn(TableName table, Column column) implements Operation {

    @Override
    public Operation invert() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
