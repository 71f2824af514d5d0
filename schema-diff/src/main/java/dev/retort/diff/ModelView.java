package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One side of a diff: the managed tables, sequences and view names, sorted by name, with types in
 * the dialect's canonical spelling, empty comments read as none, and primary-key and serial columns
 * NOT NULL (the database makes them so whatever the model says).
 */
final class ModelView {
    private final Map<TableName, Table> tables;
    private final Map<TableName, Sequence> sequences;
    private final Set<TableName> freeSequences;
    private final Set<TableName> views;

    private ModelView(Map<TableName, Table> tables, Map<TableName, Sequence> sequences, Set<TableName> freeSequences,
                      Set<TableName> views) {
        this.tables = tables;
        this.sequences = sequences;
        this.freeSequences = freeSequences;
        this.views = views;
    }

    static ModelView of(SchemaModel model, TableFilter filter, TypeSpelling types) {
        Map<TableName, Table> tables = new TreeMap<>();
        for (Table table : model.tables()) {
            if (filter.manages(table.name())) {
                tables.put(table.tableName(), normalise(table, types));
            }
        }
        Map<TableName, Sequence> sequences = new TreeMap<>();
        Set<TableName> freeSequences = new HashSet<>();
        for (Sequence sequence : model.sequences()) {
            TableName key = new TableName(sequence.schema(), sequence.name());
            if (sequence.ownedBy() == null) {
                freeSequences.add(key);
            }
            if (filter.manages(sequence.name())) {
                Sequence spelled = sequence.dataType() == null ? sequence : sequence.as(types.canonical(sequence.dataType()));
                sequences.put(key, spelled);
            }
        }
        Set<TableName> views = new TreeSet<>();
        for (TableName view : model.views()) {
            if (filter.manages(view.name())) {
                views.add(view);
            }
        }
        return new ModelView(tables, sequences, freeSequences, views);
    }

    /** The same side without the given tables, and with the given foreign keys taken off their tables. */
    ModelView without(Set<TableName> leftOutTables, Map<TableName, List<ForeignKey>> leftOutKeys) {
        Map<TableName, Table> kept = new TreeMap<>();
        for (Map.Entry<TableName, Table> entry : tables.entrySet()) {
            if (leftOutTables.contains(entry.getKey())) {
                continue;
            }
            Table table = entry.getValue();
            List<ForeignKey> dropped = leftOutKeys.get(entry.getKey());
            if (dropped != null) {
                table = table.withForeignKeys(table.foreignKeys().stream().filter(fk -> !dropped.contains(fk)).toList());
            }
            kept.put(entry.getKey(), table);
        }
        return new ModelView(kept, sequences, freeSequences, views);
    }

    private static Table normalise(Table table, TypeSpelling types) {
        PrimaryKey pk = table.primaryKey();
        Set<String> keyColumns = pk == null ? Set.of() : Set.copyOf(pk.columns());
        List<Column> columns = new ArrayList<>(table.columns().size());
        for (Column column : table.columns()) {
            Column c = column.type(types.canonical(column.type())).comment(blankToNull(column.comment()));
            if (keyColumns.contains(c.name()) || types.isSerial(c.type())) {
                c = c.nullable(false);
            }
            columns.add(c);
        }
        return new Table(table.schema(), table.name(), columns, pk, table.foreignKeys(), table.uniques(),
                table.indexes(), table.checks(), blankToNull(table.comment()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The managed tables by name, in (schema, name) order. */
    Map<TableName, Table> tables() {
        return tables;
    }

    /** The managed sequences by (schema, name), in that order. */
    Map<TableName, Sequence> sequences() {
        return sequences;
    }

    /** Whether the model holds this sequence, managed or not, as one that no column owns. */
    boolean hasFreeSequence(TableName name) {
        return freeSequences.contains(name);
    }

    /** The managed views and materialized views, by name. */
    Set<TableName> views() {
        return views;
    }
}
