package dev.retort.ops;

import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableName;

/** Drops a primary key. */
public record DropPrimaryKey(TableName table, PrimaryKey primaryKey) implements Operation {

    @Override
    public Operation invert() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
