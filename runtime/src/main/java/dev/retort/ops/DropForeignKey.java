package dev.retort.ops;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.TableName;

/** Drops a foreign key. */
public record DropForeignKey(TableName table, ForeignKey foreignKey) implements Operation {

    @Override
    public Operation invert() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
