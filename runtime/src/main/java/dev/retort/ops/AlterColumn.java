package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Changes a column's type, nullability, default or comment. Both states are kept in full, so the
 * inverse is the same change the other way round.
 *
 * @param table the table
 * @param from  the column as it is before
 * @param to    the column as it is after (same name)
 * @param using the conversion expression for a type change ({@code USING ...}), or null to let the
 *              dialect choose
 */
public record AlterColumn(TableName table, Column from, Column to, String using) implements Operation {

    /** The aspects of a column that an {@code AlterColumn} can change. */
    public enum Change { TYPE, NULLABLE, DEFAULT, COMMENT, IDENTITY }

    public AlterColumn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterColumn cannot rename " + from.name() + " to " + to.name()
                    + ": use renameColumn");
        }
    }

    public AlterColumn(TableName table, Column from, Column to) {
        this(table, from, to, null);
    }

    public String column() {
        return to.name();
    }

    /** What differs between {@code from} and {@code to}, compared as written. */
    public Set<Change> changes() {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!from.type().equals(to.type())) {
            changes.add(Change.TYPE);
        }
        if (from.nullable() != to.nullable()) {
            changes.add(Change.NULLABLE);
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            changes.add(Change.DEFAULT);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(Change.COMMENT);
        }
        if (from.identity() != to.identity()) {
            changes.add(Change.IDENTITY);
        }
        return changes;
    }

    @Override
    public Operation invert() {
        return new AlterColumn(table, to, from, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
