package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.TableName;

/** Drops a column; carries its definition for the inverse. */
public record DropColumn(TableName table, Column column) implements Operation {

    @Override
    public Operation invert() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
