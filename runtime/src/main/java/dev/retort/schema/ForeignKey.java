package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name              the constraint name
 * @param columns           the referencing columns, in key order
 * @param referencedSchema  the referenced table's schema, or null for the migration's default schema
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns, paired with {@code columns}
 * @param onDelete          the delete rule
 * @param onUpdate          the update rule
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate)
        implements TableElement {

    public ForeignKey {
        Names.require(name, "foreign key name");
        columns = Names.requireColumns(columns, "foreign key " + name);
        referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
        onDelete = Objects.requireNonNullElse(onDelete, ReferentialAction.NO_ACTION);
        onUpdate = Objects.requireNonNullElse(onUpdate, ReferentialAction.NO_ACTION);
    }

    /** A foreign key whose target is still to be given with {@link #references}. */
    public static ForeignKey of(String name, List<String> columns) {
        return new ForeignKey(name, columns, null, null, List.of(), null, null);
    }

    public ForeignKey references(String table, String... columns) {
        return new ForeignKey(name, this.columns, referencedSchema, table, List.of(columns), onDelete, onUpdate);
    }

    public ForeignKey referencesSchema(String schema) {
        return new ForeignKey(name, columns, schema, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, action);
    }

    public ForeignKey rename(String newName) {
        return new ForeignKey(newName, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    /** Throws when the target is missing or the column lists do not pair up. */
    public ForeignKey requireComplete() {
        if (referencedTable == null) {
            throw new IllegalArgumentException("foreign key " + name + " has no referenced table: add .references(table, columns...)");
        }
        if (referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        return this;
    }
}
