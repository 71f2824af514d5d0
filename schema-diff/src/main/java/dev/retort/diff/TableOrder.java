package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a set of tables so that every table comes after the tables it references, visiting tables
 * and their foreign keys in a fixed order (depth first, iteratively). Foreign keys that close a cycle
 * through another table cannot be satisfied by any order; they are reported as cycle keys, to be
 * created after (or dropped before) the tables. A table's references to itself are never cycle keys:
 * PostgreSQL accepts them inside CREATE TABLE.
 */
final class TableOrder {

    /**
     * @param tables    the tables, referenced before referencing
     * @param cycleKeys the foreign keys (by identity) that point to a table not yet placed
     */
    record Result(List<Table> tables, Set<ForeignKey> cycleKeys) {
        boolean isCycleKey(ForeignKey fk) {
            return cycleKeys.contains(fk);
        }
    }

    private TableOrder() {
    }

    /** @param tables the tables in the order ties are broken (sorted by name for a stable plan) */
    static Result referencedFirst(List<Table> tables) {
        Set<TableName> placed = new HashSet<>();
        Set<TableName> open = new HashSet<>();
        List<Table> order = new ArrayList<>(tables.size());
        Set<ForeignKey> cycleKeys = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<int[]> stack = new ArrayDeque<>();
        List<Table> indexed = List.copyOf(tables);
        Map<TableName, Integer> position = new HashMap<>();
        for (int i = 0; i < indexed.size(); i++) {
            position.put(indexed.get(i).tableName(), i);
        }
        for (int root = 0; root < indexed.size(); root++) {
            if (placed.contains(indexed.get(root).tableName())) {
                continue;
            }
            stack.push(new int[] {root, 0});
            open.add(indexed.get(root).tableName());
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                Table table = indexed.get(frame[0]);
                List<ForeignKey> keys = table.foreignKeys();
                if (frame[1] == keys.size()) {
                    stack.pop();
                    open.remove(table.tableName());
                    placed.add(table.tableName());
                    order.add(table);
                    continue;
                }
                ForeignKey fk = keys.get(frame[1]++);
                TableName referenced = new TableName(fk.referencedSchema(), fk.referencedTable());
                if (referenced.equals(table.tableName()) || !position.containsKey(referenced) || placed.contains(referenced)) {
                    continue;
                }
                if (open.contains(referenced)) {
                    cycleKeys.add(fk);
                    continue;
                }
                open.add(referenced);
                stack.push(new int[] {position.get(referenced), 0});
            }
        }
        return new Result(order, cycleKeys);
    }
}
