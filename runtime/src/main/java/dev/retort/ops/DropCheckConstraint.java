package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.TableName;

/** Drops a check constraint. */
public record DropCheckConstraint(TableName table, CheckConstraint check) implements Operation {

    @Override
    public Operation invert() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
