package dev.retort.ops;

import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;

/** Drops a unique constraint. */
public record DropUniqueConstraint(TableName table, UniqueConstraint unique) implements Operation {

    @Override
    public Operation invert() {
        return new AddUniqueConstraint(table, unique);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
