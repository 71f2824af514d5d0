package dev.retort.ops;

import dev.retort.schema.Index;
import dev.retort.schema.TableName;

/** Drops an index. */
public record DropIndex(TableName table, Index index) implements Operation {

    @Override
    public Operation invert() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
