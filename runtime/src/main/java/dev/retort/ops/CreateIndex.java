package dev.retort.ops;

import dev.retort.schema.Index;
import dev.retort.schema.TableName;

/** Creates an index. */
public record CreateIndex(TableName table, Index index) implements Operation {

    @Override
    public Operation invert() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
