package dev.retort.diff;

import dev.retort.dialect.Dialect;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the reflected database with the schema the entities describe and plans the operations
 * that turn one into the other. The plan runs as it stands, and its reversed inverses run too:
 * <ol>
 *   <li>new sequences, then changed sequences;</li>
 *   <li>foreign keys that go away or change on existing tables, and foreign keys that tie dropped
 *       tables into a cycle;</li>
 *   <li>dropped tables, referencing tables before the tables they reference, then the sequences the
 *       entities name that went with them (a serial column's own);</li>
 *   <li>new tables, referenced tables first, then the foreign keys that close cycles among them;</li>
 *   <li>each existing table in (schema, name) order: added columns; dropped primary key, indexes,
 *       uniques and checks; altered columns; new primary key, uniques, checks and indexes; comment;
 *       dropped columns (last column first); then the sequences the entities name that went with a
 *       column;</li>
 *   <li>new or changed foreign keys, once every table and column exists;</li>
 *   <li>dropped sequences (never one a column owns: it goes with its column).</li>
 * </ol>
 * Entities whose table is a view in the database are left out, with a warning.
 * Foreign keys whose key or column types change underneath them are dropped in step 2 and added
 * back in step 6. Every type in the plan is in the dialect's canonical spelling.
 *
 * <p>Reflected defaults, checks and index predicates that the plan carries for its inverse are
 * spelled so that re-creating them makes the database store exactly the reflected text again, as far
 * as the canonicalizer can tell ({@link ExpressionCanonicalizer#restore}): PostgreSQL does not always
 * parse its own output back into the same expression. Those known before the canonicalizer's verdicts
 * go with the questions in one call; those that only the verdicts put into the plan (a changed check,
 * predicate or default) take one more call. A diff that drops or changes no reflected expression
 * asks nothing about restoring.
 */
public final class SchemaDiffer {
    private final Dialect dialect;
    private final ExpressionCanonicalizer canonicalizer;

    /** A differ that compares expressions by their normalised text. */
    public SchemaDiffer(Dialect dialect) {
        this(dialect, ExpressionCanonicalizer.textual());
    }

    public SchemaDiffer(Dialect dialect, ExpressionCanonicalizer canonicalizer) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    /**
     * The operations that turn {@code database} into {@code target}, restricted to the tables and
     * sequences {@code filter} manages. Same inputs, same list.
     */
    public List<Operation> diff(SchemaModel database, SchemaModel target, TableFilter filter) {
        return plan(database, target, filter).operations();
    }

    /**
     * {@link #diff} with the warnings for the user: entities over views, which are left out of the
     * plan; new sequences for tables that may already hold rows; expressions that the downgrade may not
     * restore exactly.
     */
    public DiffResult plan(SchemaModel database, SchemaModel target, TableFilter filter) {
        TypeSpelling types = new TypeSpelling(dialect.types());
        ModelView db = ModelView.of(database, filter, types);
        List<String> warnings = new ArrayList<>();
        ModelView goal = ViewEntities.leaveOut(ModelView.of(target, filter, types), db.views(), warnings);
        RestorableExpressions restorable = new RestorableExpressions(db);
        Map<ReflectedExpression, Restoration> restorations = new HashMap<>();
        Map<TableName, TableChanges> existing = compareExistingTables(db, goal, types, restorable, restorations);
        List<Operation> operations = new Plan(db, goal, existing, types).operations();
        warnings.addAll(NewSequences.warnings(operations, db, goal));
        List<ReflectedExpression> unanswered = restorable.in(operations).stream()
                .filter(e -> !restorations.containsKey(e)).toList();
        if (!unanswered.isEmpty()) {
            record(restorations, unanswered, canonicalizer.restore(unanswered));
        }
        warnings.addAll(restorable.warnings(operations, restorations));
        return new DiffResult(restorable.restored(operations, restorations), warnings);
    }

    /**
     * Compares the tables on both sides, asking the canonicalizer everything in one batch: the
     * expression questions, and how to restore the reflected expressions that the plan carries
     * whatever the verdicts.
     */
    private Map<TableName, TableChanges> compareExistingTables(ModelView db, ModelView goal, TypeSpelling types,
                                                               RestorableExpressions restorable,
                                                               Map<ReflectedExpression, Restoration> restorations) {
        ExpressionJudge.Recorder recorder = new ExpressionJudge.Recorder();
        TableComparator firstPass = new TableComparator(types, recorder, db, goal);
        Map<TableName, TableChanges> changes = new LinkedHashMap<>();
        List<TableName> asked = new ArrayList<>();
        for (Map.Entry<TableName, Table> entry : db.tables().entrySet()) {
            Table wanted = goal.tables().get(entry.getKey());
            if (wanted == null) {
                continue;
            }
            int before = recorder.count();
            changes.put(entry.getKey(), firstPass.compare(entry.getValue(), wanted));
            if (recorder.count() > before) {
                asked.add(entry.getKey());
            }
        }
        List<ReflectedExpression> known = restorable.in(certainOperations(db, goal, changes));
        if (asked.isEmpty() && known.isEmpty()) {
            return changes;
        }
        List<ExpressionQuestion> questions = List.copyOf(recorder.questions());
        ExpressionAnswers answers = canonicalizer.answer(questions, known);
        record(restorations, known, answers.restorations());
        if (!asked.isEmpty()) {
            ExpressionJudge judge = new ExpressionJudge.Answers(questions, answers.verdicts());
            TableComparator secondPass = new TableComparator(types, judge, db, goal);
            for (TableName name : asked) {
                changes.put(name, secondPass.compare(db.tables().get(name), goal.tables().get(name)));
            }
        }
        return changes;
    }

    /**
     * The operations the plan holds whatever the canonicalizer answers: the first pass takes every
     * expression question as "same", and a "different" only adds operations.
     */
    private static List<Operation> certainOperations(ModelView db, ModelView goal, Map<TableName, TableChanges> changes) {
        List<Operation> ops = new ArrayList<>();
        for (Table table : db.tables().values()) {
            if (!goal.tables().containsKey(table.tableName())) {
                ops.add(new DropTable(table));
            }
        }
        changes.values().forEach(c -> ops.addAll(c.operations()));
        return ops;
    }

    private static void record(Map<ReflectedExpression, Restoration> restorations, List<ReflectedExpression> asked,
                               List<Restoration> answers) {
        if (answers.size() != asked.size()) {
            throw new IllegalStateException("the expression canonicalizer restored " + answers.size() + " of "
                    + asked.size() + " expressions");
        }
        for (int i = 0; i < asked.size(); i++) {
            restorations.put(asked.get(i), answers.get(i));
        }
    }

    /** Puts the comparison results into the order described on {@link SchemaDiffer}. */
    private static final class Plan {
        private final ModelView db;
        private final ModelView goal;
        private final Map<TableName, TableChanges> existing;
        private final TypeSpelling types;

        Plan(ModelView db, ModelView goal, Map<TableName, TableChanges> existing, TypeSpelling types) {
            this.db = db;
            this.goal = goal;
            this.existing = existing;
            this.types = types;
        }

        List<Operation> operations() {
            rebuildForeignKeysOverChangedKeys();
            List<Operation> ops = new ArrayList<>();
            List<Operation> dropSequences = new ArrayList<>();
            List<Operation> afterDroppedTables = new ArrayList<>();
            List<Operation> afterExistingTables = new ArrayList<>();
            planSequences(ops, dropSequences, afterDroppedTables, afterExistingTables);

            TableOrder.Result dropped = TableOrder.referencedFirst(tablesOnlyIn(db, goal));
            TableOrder.Result created = TableOrder.referencedFirst(tablesOnlyIn(goal, db));

            existing.values().forEach(c -> c.droppedForeignKeys.forEach(fk -> ops.add(new DropForeignKey(c.table, fk))));
            for (Table table : dropped.tables()) {
                for (ForeignKey fk : table.foreignKeys()) {
                    if (dropped.isCycleKey(fk)) {
                        ops.add(new DropForeignKey(table.tableName(), fk));
                    }
                }
            }
            List<Table> dropOrder = new ArrayList<>(dropped.tables());
            Collections.reverse(dropOrder);
            for (Table table : dropOrder) {
                ops.add(new DropTable(table.withForeignKeys(table.foreignKeys().stream()
                        .filter(fk -> !dropped.isCycleKey(fk)).toList())));
            }
            ops.addAll(afterDroppedTables);

            List<AddForeignKey> afterCreates = new ArrayList<>();
            List<AddForeignKey> afterExisting = new ArrayList<>();
            for (Table table : created.tables()) {
                List<ForeignKey> inline = new ArrayList<>();
                for (ForeignKey fk : table.foreignKeys()) {
                    if (created.isCycleKey(fk)) {
                        afterCreates.add(new AddForeignKey(table.tableName(), fk));
                    } else if (needsExistingTableFirst(fk)) {
                        afterExisting.add(new AddForeignKey(table.tableName(), fk));
                    } else {
                        inline.add(fk);
                    }
                }
                ops.add(new CreateTable(table.withForeignKeys(inline)));
            }
            ops.addAll(afterCreates);

            existing.values().forEach(c -> ops.addAll(c.operations()));
            ops.addAll(afterExistingTables);
            existing.values().forEach(c -> c.addedForeignKeys.forEach(fk -> ops.add(new AddForeignKey(c.table, fk))));
            ops.addAll(afterExisting);
            ops.addAll(dropSequences);
            return ops;
        }

        /**
         * A sequence a column owns is the entities' sequence of that name; one they do not name goes
         * with its column, never on its own. When its column goes (with its table, or no longer serial)
         * while the entities name it, it is created anew once the old one is gone. Operations carry no
         * owners.
         */
        private void planSequences(List<Operation> ops, List<Operation> dropSequences,
                                   List<Operation> afterDroppedTables, List<Operation> afterExistingTables) {
            SequenceComparator comparator = new SequenceComparator(types);
            List<Operation> altered = new ArrayList<>();
            for (Map.Entry<TableName, Sequence> entry : goal.sequences().entrySet()) {
                Sequence wanted = entry.getValue().ownedBy(null);
                Sequence current = db.sequences().get(entry.getKey());
                if (current == null) {
                    ops.add(new CreateSequence(wanted));
                } else if (current.ownedBy() != null && ownerTableDropped(current)) {
                    afterDroppedTables.add(new CreateSequence(wanted));
                } else if (current.ownedBy() != null && ownerColumnLeavesIt(current)) {
                    afterExistingTables.add(new CreateSequence(wanted));
                } else {
                    comparator.compare(current.ownedBy(null), wanted).ifPresent(altered::add);
                }
            }
            ops.addAll(altered);
            for (Map.Entry<TableName, Sequence> entry : db.sequences().entrySet()) {
                if (!goal.sequences().containsKey(entry.getKey()) && entry.getValue().ownedBy() == null) {
                    dropSequences.add(new DropSequence(entry.getValue()));
                }
            }
        }

        private boolean ownerTableDropped(Sequence owned) {
            TableName owner = new TableName(owned.schema(), owned.ownedBy().table());
            return db.tables().containsKey(owner) && !goal.tables().containsKey(owner);
        }

        /** Whether the owning column is dropped, or stops being serial (which drops its sequence). */
        private boolean ownerColumnLeavesIt(Sequence owned) {
            TableChanges changes = existing.get(new TableName(owned.schema(), owned.ownedBy().table()));
            if (changes == null) {
                return false;
            }
            String column = owned.ownedBy().column();
            if (changes.droppedColumns.stream().anyMatch(c -> c.name().equals(column))) {
                return true;
            }
            return changes.alteredColumns.stream().anyMatch(a -> a.column().equals(column)
                    && serial(a.from()) && !serial(a.to()));
        }

        private boolean serial(Column column) {
            return column.identity() == null && types.isSerial(column.type());
        }

        private static List<Table> tablesOnlyIn(ModelView side, ModelView other) {
            return side.tables().values().stream().filter(t -> !other.tables().containsKey(t.tableName())).toList();
        }

        /**
         * Unchanged foreign keys whose referenced key is dropped and added again, or whose columns on
         * either side change type, are dropped before and added after the tables change.
         */
        private void rebuildForeignKeysOverChangedKeys() {
            for (TableChanges changes : existing.values()) {
                List<TableChanges.KeptForeignKey> kept = new ArrayList<>();
                for (TableChanges.KeptForeignKey fk : changes.keptForeignKeys) {
                    if (affected(changes, fk.database())) {
                        changes.droppedForeignKeys.add(fk.database());
                        changes.addedForeignKeys.add(fk.target());
                    } else {
                        kept.add(fk);
                    }
                }
                changes.keptForeignKeys.retainAll(kept);
            }
        }

        private boolean affected(TableChanges owner, ForeignKey fk) {
            if (fk.columns().stream().anyMatch(owner.retypedColumns()::contains)) {
                return true;
            }
            ForeignKeyComparator.Signature signature = ForeignKeyComparator.signature(fk, db);
            TableChanges referenced = existing.get(signature.referenced());
            if (referenced == null) {
                return false;
            }
            return referenced.dropsKeyOn(signature.referencedColumns())
                    || signature.referencedColumns().stream().anyMatch(referenced.retypedColumns()::contains);
        }

        /** A new table's key to an existing table that may only be valid once that table has changed. */
        private boolean needsExistingTableFirst(ForeignKey fk) {
            ForeignKeyComparator.Signature signature = ForeignKeyComparator.signature(fk, goal);
            TableChanges referenced = existing.get(signature.referenced());
            return referenced != null && referenced.mayProvideKeyFor(signature.referencedColumns());
        }
    }
}
