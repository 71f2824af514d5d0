package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares foreign keys: by name first, else by signature (columns, referenced table and columns).
 * A different signature or referential action under one name, or a different action for one
 * signature, is a drop and an add; a pure name difference is no change.
 */
final class ForeignKeyComparator {
    private final ModelView database;
    private final ModelView target;

    ForeignKeyComparator(ModelView database, ModelView target) {
        this.database = database;
        this.target = target;
    }

    /** What a foreign key connects, with an omitted referenced column list read as the primary key. */
    record Signature(List<String> columns, TableName referenced, List<String> referencedColumns) {
    }

    static Signature signature(ForeignKey fk, ModelView side) {
        TableName referenced = new TableName(fk.referencedSchema(), fk.referencedTable());
        List<String> referencedColumns = fk.referencedColumns();
        if (referencedColumns.isEmpty()) {
            Table table = side.tables().get(referenced);
            PrimaryKey pk = table == null ? null : table.primaryKey();
            referencedColumns = pk == null ? List.of() : pk.columns();
        }
        return new Signature(fk.columns(), referenced, referencedColumns);
    }

    void compare(Table db, Table wanted, TableChanges changes) {
        Map<String, ForeignKey> byName = new LinkedHashMap<>();
        db.foreignKeys().forEach(fk -> byName.put(fk.name(), fk));
        List<ForeignKey> unmatched = new ArrayList<>();
        for (ForeignKey fk : wanted.foreignKeys()) {
            ForeignKey current = byName.remove(fk.name());
            if (current == null) {
                unmatched.add(fk);
            } else {
                pair(current, fk, changes);
            }
        }
        Map<Signature, List<ForeignKey>> bySignature = new HashMap<>();
        byName.values().forEach(fk -> bySignature.computeIfAbsent(signature(fk, database), k -> new ArrayList<>()).add(fk));
        List<ForeignKey> added = new ArrayList<>();
        for (ForeignKey fk : unmatched) {
            List<ForeignKey> candidates = bySignature.get(signature(fk, target));
            if (candidates != null && !candidates.isEmpty()) {
                ForeignKey current = candidates.remove(0);
                byName.remove(current.name());
                pair(current, fk, changes);
            } else {
                added.add(fk);
            }
        }
        changes.droppedForeignKeys.addAll(byName.values());
        changes.addedForeignKeys.addAll(added);
    }

    private void pair(ForeignKey current, ForeignKey wanted, TableChanges changes) {
        boolean same = signature(current, database).equals(signature(wanted, target))
                && current.onDelete() == wanted.onDelete() && current.onUpdate() == wanted.onUpdate();
        if (same) {
            changes.keptForeignKeys.add(new TableChanges.KeptForeignKey(current, wanted));
        } else {
            changes.droppedForeignKeys.add(current);
            changes.addedForeignKeys.add(wanted);
        }
    }
}
