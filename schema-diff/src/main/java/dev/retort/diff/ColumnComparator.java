package dev.retort.diff;

import dev.retort.ops.AlterColumn;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the columns of a table: additions in the entities' order, one {@link AlterColumn} per
 * changed column carrying only the changed aspects, drops last column first.
 */
final class ColumnComparator {
    private final TypeSpelling types;
    private final ExpressionJudge judge;
    private final ModelView database;
    private final NormalisedText text;

    ColumnComparator(TypeSpelling types, ExpressionJudge judge, ModelView database, NormalisedText text) {
        this.text = text;
        this.types = types;
        this.judge = judge;
        this.database = database;
    }

    void compare(Table db, Table target, TableChanges changes) {
        Map<String, Column> existing = new HashMap<>();
        db.columns().forEach(c -> existing.put(c.name(), c));
        Set<String> wanted = new HashSet<>();
        for (Column column : target.columns()) {
            wanted.add(column.name());
            Column current = existing.get(column.name());
            if (current == null) {
                changes.addedColumns.add(column);
            } else {
                alteration(changes.table, current, column).ifPresent(changes.alteredColumns::add);
            }
        }
        List<Column> columns = db.columns();
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (!wanted.contains(columns.get(i).name())) {
                changes.droppedColumns.add(columns.get(i));
            }
        }
    }

    /** The change from the reflected column to the entities' one, or empty when they agree. */
    Optional<AlterColumn> alteration(TableName table, Column from, Column target) {
        Column to = from;
        if (!types.same(from.type(), target.type())) {
            to = to.type(retyped(from.type(), target.type()));
        } else if (from.identity() != null && target.identity() == null && types.isSerial(target.type())
                && !types.isSerial(from.type())) {
            // an identity column the entities declare serial: keep numbering with a sequence of its own
            to = to.type(target.type());
        }
        if (from.identity() != target.identity()) {
            to = to.identity(target.identity());
        }
        boolean targetNullable = target.nullable() && target.identity() == null;
        boolean currentNullable = to.nullable() && to.identity() == null;
        if (targetNullable != currentNullable) {
            to = to.nullable(targetNullable);
        }
        if (defaultChanged(table, from, target)) {
            to = to.defaultValue(target.defaultValue());
        }
        if (!Objects.equals(from.comment(), target.comment())) {
            to = to.comment(target.comment());
        }
        return to.equals(from) ? Optional.empty() : Optional.of(new AlterColumn(table, from, to));
    }

    /**
     * The new type of a column whose type changes. Serial and plain integers compare by width, so
     * serial-ness itself is no change: a serial column stays serial at the entities' width, and a
     * plain one stays plain.
     */
    private String retyped(String current, String wanted) {
        if (types.isSerial(current) && !types.isSerial(wanted)) {
            String serial = types.serialOf(wanted);
            return serial != null ? serial : wanted;
        }
        if (!types.isSerial(current) && types.isSerial(wanted)) {
            return types.storageType(wanted);
        }
        return wanted;
    }

    private boolean defaultChanged(TableName table, Column from, Column target) {
        String current = from.defaultValue();
        String wanted = target.defaultValue();
        if (current == null && wanted == null) {
            return false;
        }
        if (current != null && wanted != null
                && text.sameExpression(current, wanted)) {
            return false;
        }
        if (wanted == null && target.identity() == null && isOwnedSequenceDefault(current)) {
            return false;
        }
        if (current == null || wanted == null) {
            return true;
        }
        ExpressionQuestion question = new ExpressionQuestion(ExpressionQuestion.Kind.DEFAULT, table, target.name(),
                current, wanted, List.of(target));
        return judge.ask(question) == ExpressionVerdict.DIFFERENT;
    }

    /**
     * A {@code nextval('t_id_seq'::regclass)} of a sequence some column owns (a serial default the
     * reflector did not fold into the type, for example on a column of another type): the entities do
     * not mention such a default.
     */
    private boolean isOwnedSequenceDefault(String defaultValue) {
        Optional<String[]> sequence = ExpressionText.nextvalSequence(defaultValue);
        if (sequence.isEmpty()) {
            return false;
        }
        // an unqualified name resolves in the default schema; a qualified one may name it explicitly
        return !database.hasFreeSequence(new TableName(sequence.get()[0], sequence.get()[1]))
                && !database.hasFreeSequence(new TableName(null, sequence.get()[1]));
    }
}
