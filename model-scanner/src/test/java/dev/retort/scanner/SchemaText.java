package dev.retort.scanner;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A schema model as text, one line per element, in a stable order (tables and constraints by
 * name, columns in table order), so that two models compare with a readable diff.
 */
final class SchemaText {
    /** What the description leaves out. */
    enum Detail {
        /** Everything, types, default expressions and check bodies included: for database against database. */
        FULL,
        /** No column types (compared separately), only whether a default exists, no check bodies. */
        STRUCTURE
    }

    private SchemaText() {
    }

    static String of(SchemaModel model, Detail detail) {
        StringBuilder sb = new StringBuilder();
        for (Table table : model.sorted().tables()) {
            sb.append("table ").append(table.tableName());
            if (table.comment() != null) {
                sb.append(" comment '").append(table.comment()).append('\'');
            }
            sb.append('\n');
            for (Column column : table.columns()) {
                sb.append("  column ").append(column.name());
                if (detail == Detail.FULL) {
                    sb.append(' ').append(column.type());
                }
                sb.append(column.nullable() ? " null" : " not null");
                if (column.defaultValue() != null) {
                    sb.append(detail == Detail.FULL ? " default " + column.defaultValue() : " has default");
                }
                if (column.identity() != null) {
                    sb.append(" identity ").append(column.identity());
                }
                if (column.comment() != null) {
                    sb.append(" comment '").append(column.comment()).append('\'');
                }
                sb.append('\n');
            }
            if (table.primaryKey() != null) {
                sb.append("  primary key ").append(table.primaryKey().name()).append(' ')
                        .append(table.primaryKey().columns()).append('\n');
            }
            for (UniqueConstraint unique : sortedBy(table.uniques(), UniqueConstraint::name)) {
                sb.append("  unique ").append(unique.name()).append(' ').append(unique.columns()).append('\n');
            }
            for (CheckConstraint check : sortedBy(table.checks(), CheckConstraint::name)) {
                sb.append("  check ").append(check.name());
                if (detail == Detail.FULL) {
                    sb.append(' ').append(check.expression());
                }
                sb.append('\n');
            }
            for (ForeignKey fk : sortedBy(table.foreignKeys(), ForeignKey::name)) {
                sb.append("  foreign key ").append(fk.name()).append(' ').append(fk.columns()).append(" -> ")
                        .append(fk.referencedSchema() == null ? "" : fk.referencedSchema() + ".")
                        .append(fk.referencedTable()).append(' ').append(fk.referencedColumns())
                        .append(" on delete ").append(fk.onDelete()).append(" on update ").append(fk.onUpdate())
                        .append('\n');
            }
            for (Index index : sortedBy(table.indexes(), Index::name)) {
                sb.append(index.unique() ? "  unique index " : "  index ").append(index.name()).append(' ')
                        .append(index.columns().stream().map(SchemaText::key).collect(Collectors.joining(", ", "(", ")")));
                if (index.where() != null) {
                    sb.append(" where ").append(index.where());
                }
                sb.append('\n');
            }
        }
        for (Sequence sequence : model.sorted().sequences()) {
            sb.append("sequence ").append(sequence.schema() == null ? "" : sequence.schema() + ".").append(sequence.name())
                    .append(" as ").append(sequence.dataType() == null ? "bigint" : sequence.dataType())
                    .append(" start ").append(sequence.start()).append(" increment ").append(sequence.increment())
                    .append(" min ").append(sequence.minValue()).append(" max ").append(sequence.maxValue())
                    .append(" cache ").append(sequence.cache()).append(sequence.cycle() ? " cycle" : "").append('\n');
        }
        return sb.toString();
    }

    private static String key(IndexColumn column) {
        return column.name() + (column.descending() ? " desc" : "");
    }

    private static <T> List<T> sortedBy(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
