package dev.retort.ops;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.TableName;

/** Adds a foreign key to an existing table. */
public record AddForeignKey(TableName table, ForeignKey foreignKey) implements Operation {

    @Override
    public Operation invert() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
