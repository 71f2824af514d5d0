package dev.retort.ops;

import dev.retort.schema.TableName;

/** Renames a table within its schema. */
public record RenameTable(TableName table, String newName) implements Operation {

    @Override
    public Operation invert() {
        return new RenameTable(new TableName(table.schema(), newName), table.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
