package dev.retort.schema;

import java.util.Comparator;

/**
 * A table's identity.
 *
 * @param schema the schema, or null for the default schema the migration runs in
 * @param name   the table name as the database stores it
 */
public record TableName(String schema, String name) implements Comparable<TableName> {

    private static final Comparator<TableName> ORDER = Comparator
            .comparing(TableName::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TableName::name);

    public TableName {
        Names.require(name, "table name");
    }

    public static TableName of(String name) {
        return new TableName(null, name);
    }

    @Override
    public int compareTo(TableName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
