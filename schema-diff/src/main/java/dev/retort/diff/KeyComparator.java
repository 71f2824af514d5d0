package dev.retort.diff;

import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares primary keys, unique constraints and indexes. A changed primary key is dropped and added;
 * uniques match by name, else by columns; indexes by name, else by identical definition, and any
 * difference in keys, order, uniqueness or predicate is a drop and a create. A unique constraint and
 * a plain unique index of the same name and columns are the same thing.
 */
final class KeyComparator {
    private final ExpressionJudge judge;
    private final NormalisedText text;

    KeyComparator(ExpressionJudge judge, NormalisedText text) {
        this.judge = judge;
        this.text = text;
    }

    void compare(Table db, Table target, TableChanges changes) {
        comparePrimaryKeys(db, target, changes);
        List<UniqueConstraint> dbUniques = new ArrayList<>(db.uniques());
        List<UniqueConstraint> targetUniques = new ArrayList<>(target.uniques());
        List<Index> dbIndexes = new ArrayList<>(db.indexes());
        List<Index> targetIndexes = new ArrayList<>(target.indexes());
        pairAcrossKinds(dbUniques, targetIndexes);
        pairAcrossKinds(targetUniques, dbIndexes);
        compareUniques(dbUniques, targetUniques, changes);
        compareIndexes(dbIndexes, targetIndexes, target, changes);
    }

    private static void comparePrimaryKeys(Table db, Table target, TableChanges changes) {
        if (db.primaryKey() == null && target.primaryKey() == null) {
            return;
        }
        if (db.primaryKey() != null && target.primaryKey() != null
                && db.primaryKey().columns().equals(target.primaryKey().columns())) {
            return;
        }
        changes.droppedKey = db.primaryKey();
        changes.addedKey = target.primaryKey();
    }

    /** Removes unique constraints and unique indexes that are the same object under the same name. */
    private static void pairAcrossKinds(List<UniqueConstraint> uniques, List<Index> indexes) {
        uniques.removeIf(unique -> indexes.removeIf(index -> index.name().equals(unique.name()) && index.unique()
                && index.where() == null && TableChanges.plainKeys(index.columns(), unique.columns())));
    }

    private static void compareUniques(List<UniqueConstraint> db, List<UniqueConstraint> target, TableChanges changes) {
        Map<String, UniqueConstraint> byName = new LinkedHashMap<>();
        db.forEach(u -> byName.put(u.name(), u));
        List<UniqueConstraint> unmatched = new ArrayList<>();
        for (UniqueConstraint wanted : target) {
            UniqueConstraint current = byName.remove(wanted.name());
            if (current == null) {
                unmatched.add(wanted);
            } else if (!current.columns().equals(wanted.columns())) {
                changes.droppedUniques.add(current);
                changes.addedUniques.add(wanted);
            }
        }
        Map<List<String>, List<UniqueConstraint>> byColumns = new HashMap<>();
        byName.values().forEach(u -> byColumns.computeIfAbsent(u.columns(), k -> new ArrayList<>()).add(u));
        List<UniqueConstraint> added = new ArrayList<>();
        for (UniqueConstraint wanted : unmatched) {
            List<UniqueConstraint> candidates = byColumns.get(wanted.columns());
            if (candidates != null && !candidates.isEmpty()) {
                byName.remove(candidates.remove(0).name());
            } else {
                added.add(wanted);
            }
        }
        changes.droppedUniques.addAll(byName.values());
        changes.addedUniques.addAll(added);
    }

    private void compareIndexes(List<Index> db, List<Index> target, Table targetTable, TableChanges changes) {
        Map<String, Index> byName = new LinkedHashMap<>();
        db.forEach(i -> byName.put(i.name(), i));
        List<Index> unmatched = new ArrayList<>();
        for (Index wanted : target) {
            Index current = byName.remove(wanted.name());
            if (current == null) {
                unmatched.add(wanted);
            } else if (!sameDefinition(current, wanted, targetTable, changes)) {
                changes.droppedIndexes.add(current);
                changes.createdIndexes.add(wanted);
            }
        }
        Map<String, List<Index>> byDefinition = new HashMap<>();
        byName.values().forEach(i -> byDefinition.computeIfAbsent(definition(i), k -> new ArrayList<>()).add(i));
        List<Index> created = new ArrayList<>();
        for (Index wanted : unmatched) {
            List<Index> candidates = byDefinition.get(definition(wanted));
            if (candidates != null && !candidates.isEmpty()) {
                byName.remove(candidates.remove(0).name());
            } else {
                created.add(wanted);
            }
        }
        changes.droppedIndexes.addAll(byName.values());
        changes.createdIndexes.addAll(created);
    }

    private boolean sameDefinition(Index current, Index wanted, Table targetTable, TableChanges changes) {
        if (current.unique() != wanted.unique() || !sameKeys(current.columns(), wanted.columns())) {
            return false;
        }
        if (current.where() == null || wanted.where() == null) {
            return current.where() == null && wanted.where() == null;
        }
        if (text.sameCondition(current.where(), wanted.where())) {
            return true;
        }
        ExpressionQuestion question = new ExpressionQuestion(ExpressionQuestion.Kind.INDEX_PREDICATE, changes.table,
                wanted.name(), current.where(), wanted.where(), targetTable.columns());
        return judge.ask(question) != ExpressionVerdict.DIFFERENT;
    }

    private boolean sameKeys(List<IndexColumn> a, List<IndexColumn> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!keyText(a.get(i)).equals(keyText(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** A comparable text for one index key: the column name as is, an expression normalised. */
    private String keyText(IndexColumn key) {
        String name = key.name();
        boolean expression = name.contains("(") || name.contains(" ") || name.contains("::");
        return (expression ? "expr:" + text.expression(name) : "col:" + name) + (key.descending() ? " desc" : "");
    }

    private String definition(Index index) {
        StringBuilder sb = new StringBuilder(index.unique() ? "unique" : "plain");
        index.columns().forEach(k -> sb.append('|').append(keyText(k)));
        sb.append("|where:").append(Objects.toString(
                index.where() == null ? null : text.condition(index.where())));
        return sb.toString();
    }
}
