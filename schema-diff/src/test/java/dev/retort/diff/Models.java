package dev.retort.diff;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small builders for in-memory models and plans. */
final class Models {
    static final TableFilter ALL = TableFilter.all("retort_version");
    static final PostgresDialect DIALECT = new PostgresDialect();

    private Models() {
    }

    static Table table(String name, TableElement... elements) {
        return Table.of(null, name, List.of(elements));
    }

    static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    static SchemaModel model(List<Table> tables, List<Sequence> sequences) {
        return new SchemaModel(tables, sequences);
    }

    static TableName name(String table) {
        return TableName.of(table);
    }

    static List<Operation> diff(SchemaModel database, SchemaModel target) {
        return new SchemaDiffer(DIALECT).diff(database, target, ALL);
    }

    static List<Operation> inverse(List<Operation> operations) {
        List<Operation> inverse = new ArrayList<>();
        operations.forEach(o -> inverse.add(o.invert()));
        Collections.reverse(inverse);
        return inverse;
    }

    static List<String> sql(List<Operation> operations) {
        List<String> sql = new ArrayList<>();
        operations.forEach(o -> sql.addAll(DIALECT.render(o, "public")));
        return sql;
    }
}
