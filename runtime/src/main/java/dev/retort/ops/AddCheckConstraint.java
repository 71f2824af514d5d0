package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.TableName;

/** Adds a check constraint. */
public record AddCheckConstraint(TableName table, CheckConstraint check) implements Operation {

    @Override
    public Operation invert() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
