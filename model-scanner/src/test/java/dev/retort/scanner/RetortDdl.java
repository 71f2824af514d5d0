package dev.retort.scanner;

import dev.retort.dialect.Dialect;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** Creates a schema model in a test database with Retort's own DDL: sequences, tables, then foreign keys. */
final class RetortDdl {
    private RetortDdl() {
    }

    static void apply(TestDatabase db, Dialect dialect, SchemaModel model) {
        List<Operation> operations = new ArrayList<>();
        for (Sequence sequence : model.sequences()) {
            operations.add(new CreateSequence(sequence));
        }
        for (Table table : model.tables()) {
            operations.add(new CreateTable(table.withForeignKeys(List.of())));
        }
        for (Table table : model.tables()) {
            for (ForeignKey foreignKey : table.foreignKeys()) {
                operations.add(new AddForeignKey(table.tableName(), foreignKey));
            }
        }
        List<String> sql = new ArrayList<>();
        for (Operation operation : operations) {
            sql.addAll(dialect.render(operation, "public"));
        }
        db.execute(sql.toArray(String[]::new));
    }

    /** Hibernate's script as single statements. */
    static String[] statements(String script) {
        return script.lines().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .toArray(String[]::new);
    }
}
