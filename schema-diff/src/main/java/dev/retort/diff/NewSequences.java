package dev.retort.diff;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.Operation;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns about new sequences that a table which already exists will draw its ids from (an id that
 * switches from IDENTITY to SEQUENCE gets {@code <table>_seq}): the sequence starts where the
 * entities say, usually 1, while the table may already hold those ids. The differ does not look at
 * the rows, so it cannot choose the start itself.
 */
final class NewSequences {
    private NewSequences() {
    }

    static List<String> warnings(List<Operation> operations, ModelView database, ModelView target) {
        Set<TableName> identityDropped = new LinkedHashSet<>();
        List<Sequence> created = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof CreateSequence create) {
                created.add(create.sequence());
            } else if (op instanceof AlterColumn alter && alter.from().identity() != null
                    && alter.to().identity() == null) {
                identityDropped.add(alter.table());
            }
        }
        List<String> warnings = new ArrayList<>();
        for (Sequence sequence : created) {
            Table table = tableFor(sequence, database, target, identityDropped, created.size());
            if (table != null) {
                String key = keyColumn(table);
                warnings.add("sequence " + name(sequence) + " is new but table " + table.tableName()
                        + " already exists: the sequence starts at " + sequence.start() + ", so if the table holds"
                        + " rows, set its start above the largest " + key + " (startWith in the migration, or"
                        + " setval afterwards) before the application inserts");
            }
        }
        return warnings;
    }

    /**
     * The existing table the sequence is for: the one Hibernate's default name points at
     * ({@code <table>_seq}), else the only table whose identity the plan takes away when the plan
     * creates only this sequence.
     */
    private static Table tableFor(Sequence sequence, ModelView database, ModelView target,
                                  Set<TableName> identityDropped, int createdCount) {
        if (sequence.name().endsWith("_seq")) {
            TableName named = new TableName(sequence.schema(),
                    sequence.name().substring(0, sequence.name().length() - "_seq".length()));
            if (database.tables().containsKey(named) && target.tables().containsKey(named)) {
                return target.tables().get(named);
            }
        }
        if (createdCount == 1 && identityDropped.size() == 1) {
            return target.tables().get(identityDropped.iterator().next());
        }
        return null;
    }

    private static String keyColumn(Table table) {
        PrimaryKey key = table.primaryKey();
        if (key != null && key.columns().size() == 1) {
            return table.name() + "." + key.columns().get(0);
        }
        return "id";
    }

    private static String name(Sequence sequence) {
        return sequence.schema() == null ? sequence.name() : sequence.schema() + "." + sequence.name();
    }
}
