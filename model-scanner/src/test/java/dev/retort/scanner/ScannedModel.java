package dev.retort.scanner;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.List;

/** Lookups into a scan result that fail with a message naming what is missing. */
final class ScannedModel {
    private ScannedModel() {
    }

    static Table table(ScanResult result, String name) {
        return result.model().table(TableName.of(name))
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + result.model().tables().stream()
                        .map(Table::name).toList()));
    }

    static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    static List<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }

    static ForeignKey foreignKey(Table table, String column) {
        return table.foreignKeys().stream().filter(fk -> fk.columns().equals(List.of(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key on " + table.name() + "." + column));
    }
}
