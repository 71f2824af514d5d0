package dev.retort.schema;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A database schema as Retort compares it: tables and free-standing sequences. */
public record SchemaModel(List<Table> tables, List<Sequence> sequences) {

    public SchemaModel {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of());
    }

    public Optional<Table> table(TableName name) {
        return tables.stream().filter(t -> t.tableName().equals(name)).findFirst();
    }

    public Map<TableName, Table> tablesByName() {
        Map<TableName, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.tableName(), t));
        return byName;
    }

    /** The same schema with tables and sequences sorted by name, for stable comparisons and output. */
    public SchemaModel sorted() {
        return new SchemaModel(
                tables.stream().sorted(Comparator.comparing(Table::tableName)).toList(),
                sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList());
    }
}
