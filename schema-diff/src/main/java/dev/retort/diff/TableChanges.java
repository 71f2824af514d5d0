package dev.retort.diff;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What changes on one table that exists on both sides, filled in by the comparators. Foreign keys
 * are kept apart because they are added and dropped outside the table's own block.
 */
final class TableChanges {
    /** A foreign key present on both sides and unchanged, unless something it depends on changes. */
    record KeptForeignKey(ForeignKey database, ForeignKey target) {
    }

    final TableName table;
    final List<Column> addedColumns = new ArrayList<>();
    final List<AlterColumn> alteredColumns = new ArrayList<>();
    /** In drop order: the last column first, so that the inverse adds them back in table order. */
    final List<Column> droppedColumns = new ArrayList<>();
    PrimaryKey droppedKey;
    PrimaryKey addedKey;
    final List<UniqueConstraint> droppedUniques = new ArrayList<>();
    final List<UniqueConstraint> addedUniques = new ArrayList<>();
    final List<Index> droppedIndexes = new ArrayList<>();
    final List<Index> createdIndexes = new ArrayList<>();
    final List<CheckConstraint> droppedChecks = new ArrayList<>();
    final List<CheckConstraint> addedChecks = new ArrayList<>();
    final List<ForeignKey> droppedForeignKeys = new ArrayList<>();
    final List<ForeignKey> addedForeignKeys = new ArrayList<>();
    final List<KeptForeignKey> keptForeignKeys = new ArrayList<>();
    SetTableComment comment;

    TableChanges(TableName table) {
        this.table = table;
    }

    /** The table's own block of the plan (everything but foreign keys), in a runnable order. */
    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        addedColumns.forEach(c -> ops.add(new AddColumn(table, c)));
        if (droppedKey != null) {
            ops.add(new DropPrimaryKey(table, droppedKey));
        }
        droppedIndexes.forEach(i -> ops.add(new DropIndex(table, i)));
        droppedUniques.forEach(u -> ops.add(new DropUniqueConstraint(table, u)));
        droppedChecks.forEach(c -> ops.add(new DropCheckConstraint(table, c)));
        ops.addAll(alteredColumns);
        if (addedKey != null) {
            ops.add(new AddPrimaryKey(table, addedKey));
        }
        addedUniques.forEach(u -> ops.add(new AddUniqueConstraint(table, u)));
        addedChecks.forEach(c -> ops.add(new AddCheckConstraint(table, c)));
        createdIndexes.forEach(i -> ops.add(new CreateIndex(table, i)));
        if (comment != null) {
            ops.add(comment);
        }
        droppedColumns.forEach(c -> ops.add(new DropColumn(table, c)));
        return ops;
    }

    /** Whether the table's own block changes anything. */
    boolean hasOwnChanges() {
        return !addedColumns.isEmpty() || !alteredColumns.isEmpty() || !droppedColumns.isEmpty()
                || droppedKey != null || addedKey != null || !droppedUniques.isEmpty() || !addedUniques.isEmpty()
                || !droppedIndexes.isEmpty() || !createdIndexes.isEmpty() || !droppedChecks.isEmpty()
                || !addedChecks.isEmpty() || comment != null;
    }

    /** The columns whose type changes. */
    Set<String> retypedColumns() {
        Set<String> names = new HashSet<>();
        for (AlterColumn alter : alteredColumns) {
            if (!alter.from().type().equals(alter.to().type())) {
                names.add(alter.column());
            }
        }
        return names;
    }

    /** Whether a primary key, unique constraint or unique index over exactly these columns goes away. */
    boolean dropsKeyOn(List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        if (droppedKey != null && Set.copyOf(droppedKey.columns()).equals(wanted)) {
            return true;
        }
        for (UniqueConstraint unique : droppedUniques) {
            if (Set.copyOf(unique.columns()).equals(wanted)) {
                return true;
            }
        }
        for (Index index : droppedIndexes) {
            if (index.unique() && Set.copyOf(index.columnNames()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a foreign key to these columns may need something this table's block creates: a new
     * key, or a referenced column that is added or changes type.
     */
    boolean mayProvideKeyFor(List<String> columns) {
        if (addedKey != null || !addedUniques.isEmpty()
                || createdIndexes.stream().anyMatch(Index::unique)) {
            return true;
        }
        Set<String> retyped = retypedColumns();
        for (String column : columns) {
            if (retyped.contains(column) || addedColumns.stream().anyMatch(c -> c.name().equals(column))) {
                return true;
            }
        }
        return false;
    }

    static boolean plainKeys(List<IndexColumn> keys, List<String> columns) {
        if (keys.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).descending() || !keys.get(i).name().equals(columns.get(i))) {
                return false;
            }
        }
        return true;
    }
}
