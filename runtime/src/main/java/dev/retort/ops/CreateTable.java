package dev.retort.ops;

import dev.retort.schema.Table;

/** Creates a table with its columns, keys, constraints and indexes. */
public record CreateTable(Table table) implements Operation {

    @Override
    public Operation invert() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
