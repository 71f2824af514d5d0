package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The unique constraints of a table as PostgreSQL keeps them from Hibernate's {@code create table}:
 * unique columns inline (unnamed), then the table's unique keys ({@code constraint <name> unique}
 * when the name was given, else unnamed); PostgreSQL then drops one over the same columns as the
 * primary key or an earlier unique constraint, passing its name on to an unnamed earlier one.
 *
 * @param keyName the name passed on to the primary key, or null
 * @param kept    the unique constraints that remain, in order
 */
record DeclaredUniques(String keyName, List<Declared> kept) {

    /** A unique constraint as written: its name (null when unnamed) and columns. */
    record Declared(String name, List<String> columns) {
    }

    static DeclaredUniques of(Table table, List<String> keyColumns, StoredNames names) {
        List<Declared> kept = new ArrayList<>();
        String keyName = null;
        for (Declared candidate : declared(table, names)) {
            if (candidate.columns().equals(keyColumns)) {
                keyName = keyName == null ? candidate.name() : keyName;
                continue;
            }
            int prior = indexOfColumns(kept, candidate.columns());
            if (prior < 0) {
                kept.add(candidate);
            } else if (kept.get(prior).name() == null && candidate.name() != null) {
                kept.set(prior, candidate);
            }
        }
        return new DeclaredUniques(keyName, kept);
    }

    private static List<Declared> declared(Table table, StoredNames names) {
        List<Declared> declared = new ArrayList<>();
        for (Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                declared.add(new Declared(null, List.of(names.of(column))));
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (!isWrittenInline(table, key)) {
                List<String> columns = new ArrayList<>(key.getColumnSpan());
                for (Column column : key.getColumns()) {
                    columns.add(names.of(column));
                }
                declared.add(new Declared(key.isNameExplicit() ? names.ofDdlName(key.getName()) : null, columns));
            }
        }
        return declared;
    }

    /** A single-column key whose column is marked unique: Hibernate writes it with the column instead. */
    private static boolean isWrittenInline(Table table, UniqueKey key) {
        if (key.getColumns().size() != 1) {
            return false;
        }
        Column column = key.getColumn(0);
        if (column.isUnique()) {
            return true;
        }
        Column tableColumn = table.getColumn(column);
        return tableColumn != null && tableColumn.isUnique();
    }

    private static int indexOfColumns(List<Declared> uniques, List<String> columns) {
        for (int i = 0; i < uniques.size(); i++) {
            if (uniques.get(i).columns().equals(columns)) {
                return i;
            }
        }
        return -1;
    }
}
