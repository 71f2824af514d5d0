package dev.retort.diff;

import dev.retort.ops.SetTableComment;
import dev.retort.schema.Table;
import java.util.Objects;

/** Compares one table that exists on both sides. */
final class TableComparator {
    private final ColumnComparator columns;
    private final KeyComparator keys;
    private final CheckComparator checks;
    private final ForeignKeyComparator foreignKeys;

    TableComparator(TypeSpelling types, ExpressionJudge judge, ModelView database, ModelView target) {
        NormalisedText text = new NormalisedText();
        this.columns = new ColumnComparator(types, judge, database, text);
        this.keys = new KeyComparator(judge, text);
        this.checks = new CheckComparator(judge, text);
        this.foreignKeys = new ForeignKeyComparator(database, target);
    }

    TableChanges compare(Table db, Table target) {
        TableChanges changes = new TableChanges(db.tableName());
        columns.compare(db, target, changes);
        keys.compare(db, target, changes);
        checks.compare(db, target, changes);
        foreignKeys.compare(db, target, changes);
        if (!Objects.equals(db.comment(), target.comment())) {
            changes.comment = new SetTableComment(db.tableName(), db.comment(), target.comment());
        }
        return changes;
    }
}
