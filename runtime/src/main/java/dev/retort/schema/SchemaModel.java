package dev.retort.schema;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database schema as Retort compares it: tables and sequences, and the names of the views that
 * stand beside them (Retort does not manage views, but must not take their names for tables to create).
 *
 * @param tables    the tables
 * @param sequences the sequences; a reflected model also holds the ones serial columns own, marked by
 *                  {@link Sequence#ownedBy()}
 * @param views     the names of views and materialized views; empty in a model scanned from entities
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<TableName> views) {

    public SchemaModel {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        views = List.copyOf(views);
    }

    /** A schema without views. */
    public SchemaModel(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
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

    /** The same schema with tables, sequences and views sorted by name, for stable comparisons and output. */
    public SchemaModel sorted() {
        return new SchemaModel(
                tables.stream().sorted(Comparator.comparing(Table::tableName)).toList(),
                sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList(),
                views.stream().sorted().toList());
    }
}
