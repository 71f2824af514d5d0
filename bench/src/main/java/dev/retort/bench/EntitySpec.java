package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One generated entity: table {@code t0042} mapped by class {@code T0042}, a generated {@code id},
 * some columns, an optional {@code @ManyToOne}, indexes and an optional unique constraint.
 *
 * @param index   the entity's number, which names it
 * @param columns the plain columns (the id and the join column not included)
 * @param ref     the many-to-one, or null
 * @param indexes the {@code @Index} entries
 * @param unique  the {@code @UniqueConstraint}, or null
 */
public record EntitySpec(int index, List<ColumnSpec> columns, RefSpec ref, List<KeySpec> indexes, KeySpec unique) {

    public EntitySpec {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
    }

    public static String tableName(int index) {
        return String.format(Locale.ROOT, "t%04d", index);
    }

    public static String className(int index) {
        return String.format(Locale.ROOT, "T%04d", index);
    }

    public String table() {
        return tableName(index);
    }

    public String className() {
        return className(index);
    }

    /** Hibernate's implicit sequence for the generated id: the table name plus {@code _seq}. */
    public String sequence() {
        return table() + "_seq";
    }

    public ColumnSpec column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + table()));
    }

    /** Whether an index or the unique constraint covers the column. */
    public boolean keyed(String column) {
        return indexes.stream().anyMatch(k -> k.columns().contains(column))
                || unique != null && unique.columns().contains(column);
    }

    public EntitySpec withColumns(List<ColumnSpec> value) {
        return new EntitySpec(index, value, ref, indexes, unique);
    }

    public EntitySpec withColumn(String name, UnaryOperator<ColumnSpec> change) {
        List<ColumnSpec> changed = new ArrayList<>();
        for (ColumnSpec c : columns) {
            changed.add(c.name().equals(name) ? change.apply(c) : c);
        }
        return withColumns(changed);
    }

    public EntitySpec withRef(RefSpec value) {
        return new EntitySpec(index, columns, value, indexes, unique);
    }

    public EntitySpec withIndexes(List<KeySpec> value) {
        return new EntitySpec(index, columns, ref, value, unique);
    }

    public EntitySpec withUnique(KeySpec value) {
        return new EntitySpec(index, columns, ref, indexes, value);
    }
}
