package dev.retort.ops;

import dev.retort.schema.TableName;

/** Renames a column. */
public record RenameColumn(TableName table, String from, String to) implements Operation {

    @Override
    public Operation invert() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
