package dev.retort.diff;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns planned operations into the entries {@code retort check} prints and emits as JSON: one entry
 * per operation, except that an {@link AlterColumn} gives one entry per changed aspect. Details:
 * <ul>
 *   <li>{@code add_table}, {@code remove_table}: {@code columns};</li>
 *   <li>{@code add_column}, {@code remove_column}: {@code column, type, nullable, default};</li>
 *   <li>{@code modify_type}, {@code modify_nullable} (true = nullable), {@code modify_default},
 *       {@code modify_comment}, {@code modify_identity}: {@code column, from, to};</li>
 *   <li>{@code modify_table_comment}: {@code from, to};</li>
 *   <li>{@code add_pk}, {@code remove_pk}, {@code add_unique}, {@code remove_unique}: {@code name, columns};</li>
 *   <li>{@code add_index}, {@code remove_index}: {@code name, columns} (with {@code DESC}),
 *       {@code unique, where};</li>
 *   <li>{@code add_fk}, {@code remove_fk}: {@code name, columns, referenced_table, referenced_columns,
 *       on_delete, on_update};</li>
 *   <li>{@code add_check}, {@code remove_check}: {@code name, expression};</li>
 *   <li>{@code add_sequence}, {@code remove_sequence}: {@code name, increment, start} (table null);</li>
 *   <li>{@code modify_sequence}: {@code name}, then per changed option ({@code type, increment,
 *       start, min_value, max_value, cache, cycle}) a map {@code from, to}.</li>
 * </ul>
 * Hand-written operations the differ never plans come out as {@code rename_table},
 * {@code rename_column} and {@code execute}.
 */
public final class ChangeReport {
    private ChangeReport() {
    }

    public static List<Change> of(List<Operation> operations) {
        List<Change> changes = new ArrayList<>();
        Describer describer = new Describer();
        operations.forEach(op -> changes.addAll(op.accept(describer)));
        return changes;
    }

    /** Builds the entries of one operation. */
    private static final class Describer implements OperationVisitor<List<Change>> {

        private static Change change(String op, TableName table, Map<String, Object> details) {
            return new Change(op, table.schema(), table.name(), details);
        }

        private static Map<String, Object> details(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }

        private static List<Change> table(String op, Table table) {
            List<String> columns = table.columns().stream().map(Column::name).toList();
            return List.of(change(op, table.tableName(), details("columns", columns)));
        }

        private static List<Change> column(String op, TableName table, Column column) {
            return List.of(change(op, table, details("column", column.name(), "type", column.type(),
                    "nullable", column.nullable() && column.identity() == null, "default", column.defaultValue())));
        }

        private static List<Change> foreignKey(String op, TableName table, ForeignKey fk) {
            String referenced = new TableName(fk.referencedSchema(), fk.referencedTable()).toString();
            return List.of(change(op, table, details("name", fk.name(), "columns", fk.columns(),
                    "referenced_table", referenced, "referenced_columns", fk.referencedColumns(),
                    "on_delete", fk.onDelete().sql(), "on_update", fk.onUpdate().sql())));
        }

        private static List<Change> index(String op, TableName table, Index index) {
            List<String> keys = index.columns().stream()
                    .map(k -> k.descending() ? k.name() + " DESC" : k.name()).toList();
            return List.of(change(op, table, details("name", index.name(), "columns", keys,
                    "unique", index.unique(), "where", index.where())));
        }

        private static List<Change> sequence(String op, Sequence s) {
            return List.of(new Change(op, s.schema(), null, details("name", s.name(), "increment", s.increment(),
                    "start", s.start())));
        }

        private static String identity(Identity identity) {
            return identity == null ? null : identity == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        }

        @Override
        public List<Change> visit(CreateTable op) {
            return table("add_table", op.table());
        }

        @Override
        public List<Change> visit(DropTable op) {
            return table("remove_table", op.table());
        }

        @Override
        public List<Change> visit(RenameTable op) {
            return List.of(change("rename_table", op.table(), details("to", op.newName())));
        }

        @Override
        public List<Change> visit(SetTableComment op) {
            return List.of(change("modify_table_comment", op.table(), details("from", op.from(), "to", op.to())));
        }

        @Override
        public List<Change> visit(AddColumn op) {
            return column("add_column", op.table(), op.column());
        }

        @Override
        public List<Change> visit(DropColumn op) {
            return column("remove_column", op.table(), op.column());
        }

        @Override
        public List<Change> visit(AlterColumn op) {
            List<Change> changes = new ArrayList<>();
            Column from = op.from();
            Column to = op.to();
            String column = op.column();
            for (AlterColumn.Change aspect : op.changes()) {
                switch (aspect) {
                    case TYPE -> changes.add(change("modify_type", op.table(),
                            details("column", column, "from", from.type(), "to", to.type())));
                    case NULLABLE -> changes.add(change("modify_nullable", op.table(),
                            details("column", column, "from", from.nullable(), "to", to.nullable())));
                    case DEFAULT -> changes.add(change("modify_default", op.table(),
                            details("column", column, "from", from.defaultValue(), "to", to.defaultValue())));
                    case COMMENT -> changes.add(change("modify_comment", op.table(),
                            details("column", column, "from", from.comment(), "to", to.comment())));
                    case IDENTITY -> changes.add(change("modify_identity", op.table(),
                            details("column", column, "from", identity(from.identity()), "to", identity(to.identity()))));
                    default -> throw new IllegalStateException("unknown column aspect " + aspect);
                }
            }
            return changes;
        }

        @Override
        public List<Change> visit(RenameColumn op) {
            return List.of(change("rename_column", op.table(), details("from", op.from(), "to", op.to())));
        }

        @Override
        public List<Change> visit(AddPrimaryKey op) {
            return List.of(change("add_pk", op.table(),
                    details("name", op.primaryKey().name(), "columns", op.primaryKey().columns())));
        }

        @Override
        public List<Change> visit(DropPrimaryKey op) {
            return List.of(change("remove_pk", op.table(),
                    details("name", op.primaryKey().name(), "columns", op.primaryKey().columns())));
        }

        @Override
        public List<Change> visit(AddForeignKey op) {
            return foreignKey("add_fk", op.table(), op.foreignKey());
        }

        @Override
        public List<Change> visit(DropForeignKey op) {
            return foreignKey("remove_fk", op.table(), op.foreignKey());
        }

        @Override
        public List<Change> visit(AddUniqueConstraint op) {
            return List.of(change("add_unique", op.table(),
                    details("name", op.unique().name(), "columns", op.unique().columns())));
        }

        @Override
        public List<Change> visit(DropUniqueConstraint op) {
            return List.of(change("remove_unique", op.table(),
                    details("name", op.unique().name(), "columns", op.unique().columns())));
        }

        @Override
        public List<Change> visit(AddCheckConstraint op) {
            return List.of(change("add_check", op.table(),
                    details("name", op.check().name(), "expression", op.check().expression())));
        }

        @Override
        public List<Change> visit(DropCheckConstraint op) {
            return List.of(change("remove_check", op.table(),
                    details("name", op.check().name(), "expression", op.check().expression())));
        }

        @Override
        public List<Change> visit(CreateIndex op) {
            return index("add_index", op.table(), op.index());
        }

        @Override
        public List<Change> visit(DropIndex op) {
            return index("remove_index", op.table(), op.index());
        }

        @Override
        public List<Change> visit(CreateSequence op) {
            return sequence("add_sequence", op.sequence());
        }

        @Override
        public List<Change> visit(DropSequence op) {
            return sequence("remove_sequence", op.sequence());
        }

        @Override
        public List<Change> visit(AlterSequence op) {
            Sequence from = op.from();
            Sequence to = op.to();
            Map<String, Object> details = details("name", to.name());
            aspect(details, "type", from.dataType(), to.dataType());
            aspect(details, "increment", from.increment(), to.increment());
            aspect(details, "start", from.start(), to.start());
            aspect(details, "min_value", from.minValue(), to.minValue());
            aspect(details, "max_value", from.maxValue(), to.maxValue());
            aspect(details, "cache", from.cache(), to.cache());
            aspect(details, "cycle", from.cycle(), to.cycle());
            return List.of(new Change("modify_sequence", to.schema(), null, details));
        }

        private static void aspect(Map<String, Object> details, String name, Object from, Object to) {
            if (!Objects.equals(from, to)) {
                details.put(name, details("from", from, "to", to));
            }
        }

        @Override
        public List<Change> visit(ExecuteSql op) {
            return List.of(new Change("execute", null, null, details("sql", op.sql())));
        }
    }
}
