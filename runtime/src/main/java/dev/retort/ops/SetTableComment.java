package dev.retort.ops;

import dev.retort.schema.TableName;

/** Changes a table's comment; a null comment means none. */
public record SetTableComment(TableName table, String from, String to) implements Operation {

    @Override
    public Operation invert() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
