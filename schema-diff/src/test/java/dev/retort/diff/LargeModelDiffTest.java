package dev.retort.diff;

import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two 5000-table models, one reflected-style and one entity-style with a change in every tenth table:
 * the differ finds exactly those changes at that size (the bench module times it).
 */
class LargeModelDiffTest {
    private static final int TABLES = 5000;

    private static SchemaModel schema(boolean reflected, boolean changed) {
        List<Table> tables = new ArrayList<>(TABLES);
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            String name = "t" + i;
            boolean change = changed && i % 10 == 0;
            List<TableElement> elements = new ArrayList<>(List.of(
                    column("id", reflected ? "bigint" : "int8").notNull(),
                    column("code", reflected ? "character varying(255)" : "varchar(255)").notNull(),
                    column("status", reflected ? "character varying(20)" : "varchar(20)")
                            .defaultValue(reflected ? "'NEW'::character varying" : "'NEW'"),
                    column("amount", change ? "numeric(12,2)" : "numeric(10,2)"),
                    column("created", reflected ? "timestamp(6) without time zone" : "timestamp(6)").defaultValue("now()"),
                    column("flag", reflected ? "boolean" : "bool"),
                    column("ratio", reflected ? "double precision" : "float(53)"),
                    column("note", "text"),
                    column("counter", reflected ? "integer" : "int4").defaultValue(reflected ? "0" : "0"),
                    column("parent_id", "bigint"),
                    primaryKey(name + "_pkey", "id"),
                    unique(name + "_code_key", "code"),
                    check(name + "_counter_check", reflected ? "(counter >= 0)" : "counter >= 0"),
                    index(name + "_created_idx", "created")));
            if (i > 0) {
                elements.add(foreignKey(name + "_parent_id_fkey", "parent_id").references("t" + (i - 1), "id"));
            }
            if (change) {
                elements.add(column("extra", "text"));
            }
            tables.add(Models.table(name, elements.toArray(TableElement[]::new)));
            sequences.add(sequence(name + "_seq").incrementBy(50));
        }
        return new SchemaModel(tables, sequences);
    }

    @Test
    void diffsTwoFiveThousandTableModelsExactly() {
        SchemaModel database = schema(true, false);
        SchemaModel same = schema(false, false);
        SchemaModel target = schema(false, true);
        SchemaDiffer differ = new SchemaDiffer(Models.DIALECT);
        assertEquals(List.of(), differ.diff(database, same, Models.ALL));
        assertEquals(2 * TABLES / 10, differ.diff(database, target, Models.ALL).size(),
                "one AddColumn and one AlterColumn in every tenth table");
        assertEquals(2 * TABLES, differ.diff(SchemaModel.empty(), target, Models.ALL).size());
    }
}
