package dev.retort.ops;

import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableName;

/** Adds a primary key to an existing table. */
public record AddPrimaryKey(TableName table, PrimaryKey primaryKey) implements Operation {

    @Override
    public Operation invert() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
