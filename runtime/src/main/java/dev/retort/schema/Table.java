package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table with everything that belongs to it.
 *
 * @param schema      the schema, or null for the default schema
 * @param name        the table name as the database stores it
 * @param columns     the columns in table order
 * @param primaryKey  the primary key, or null
 * @param foreignKeys the foreign keys
 * @param uniques     the unique constraints
 * @param indexes     the indexes that do not back a constraint
 * @param checks      the check constraints
 * @param comment     the table comment, or null
 */
public record Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<Index> indexes,
                    List<CheckConstraint> checks, String comment) {

    public Table {
        Names.require(name, "table name");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** Assembles a table from a mixed list of elements, in the order given. */
    public static Table of(String schema, String name, List<? extends TableElement> elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        String comment = null;
        for (TableElement element : elements) {
            if (element instanceof Column c) {
                columns.add(c);
            } else if (element instanceof PrimaryKey pk) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("table " + name + " has two primary keys: "
                            + primaryKey.name() + " and " + pk.name());
                }
                primaryKey = pk;
            } else if (element instanceof ForeignKey fk) {
                foreignKeys.add(fk.requireComplete());
            } else if (element instanceof UniqueConstraint u) {
                uniques.add(u);
            } else if (element instanceof Index i) {
                indexes.add(i);
            } else if (element instanceof CheckConstraint ck) {
                checks.add(ck);
            } else if (element instanceof TableComment tc) {
                comment = tc.text();
            }
        }
        return new Table(schema, name, columns, primaryKey, foreignKeys, uniques, indexes, checks, comment);
    }

    public TableName tableName() {
        return new TableName(schema, name);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** All elements in the order generated code lists them: comment, columns, key, constraints, indexes. */
    public List<TableElement> elements() {
        List<TableElement> elements = new ArrayList<>();
        if (comment != null) {
            elements.add(new TableComment(comment));
        }
        elements.addAll(columns);
        if (primaryKey != null) {
            elements.add(primaryKey);
        }
        elements.addAll(uniques);
        elements.addAll(checks);
        elements.addAll(foreignKeys);
        elements.addAll(indexes);
        return elements;
    }

    public Table withComment(String newComment) {
        return new Table(schema, name, columns, primaryKey, foreignKeys, uniques, indexes, checks, newComment);
    }

    public Table withSchema(String newSchema) {
        return new Table(newSchema, name, columns, primaryKey, foreignKeys, uniques, indexes, checks, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(schema, name, columns, primaryKey, newForeignKeys, uniques, indexes, checks, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(schema, name, columns, primaryKey, foreignKeys, uniques, newIndexes, checks, comment);
    }
}
