package dev.retort.ops;

import dev.retort.schema.Table;

/** Drops a table; carries its whole definition so that the inverse can recreate it. */
public record DropTable(Table table) implements Operation {

    @Override
    public Operation invert() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
