package dev.retort.diff.reflect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One table while a reflector collects its parts, in whatever order they arrive. {@link #toTable()}
 * puts constraints and indexes in name order, so that every reflector builds the same {@link Table}.
 * Columns keep the order they were added in, which must be the table's column order.
 */
final class TableDraft {
    final TableName name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    TableDraft(String schema, String name, String comment) {
        this.name = new TableName(schema, name);
        this.comment = comment;
    }

    Table toTable() {
        uniques.sort(Comparator.comparing(UniqueConstraint::name));
        checks.sort(Comparator.comparing(CheckConstraint::name));
        foreignKeys.sort(Comparator.comparing(ForeignKey::name));
        indexes.sort(Comparator.comparing(Index::name));
        return new Table(name.schema(), name.name(), columns, primaryKey, foreignKeys, uniques, indexes, checks,
                comment);
    }
}
