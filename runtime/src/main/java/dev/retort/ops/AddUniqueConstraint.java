package dev.retort.ops;

import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;

/** Adds a unique constraint. */
public record AddUniqueConstraint(TableName table, UniqueConstraint unique) implements Operation {

    @Override
    public Operation invert() {
        return new DropUniqueConstraint(table, unique);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
