package dev.retort.migration;

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
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The fluent API that migrations call. Each method records one {@link Operation}; nothing touches
 * the database until the runner renders the recorded list through a dialect. Table names are
 * relative to the schema this instance is bound to: the configured default schema, or the one
 * chosen with {@link #schema(String)}.
 */
public final class Operations {
    private final List<Supplier<Operation>> recorded;
    private final String schema;

    public Operations() {
        this(new ArrayList<>(), null);
    }

    private Operations(List<Supplier<Operation>> recorded, String schema) {
        this.recorded = recorded;
        this.schema = schema;
    }

    /**
     * The same recorder, with table and sequence names resolved in another schema. A foreign key's
     * referenced table still resolves in the default schema unless the key names one with
     * {@code referencesSchema(...)}, as generated code always does for tables outside it.
     */
    public Operations schema(String schemaName) {
        return new Operations(recorded, Objects.requireNonNull(schemaName, "schema"));
    }

    /** Everything recorded so far, in order, on this instance and the ones {@link #schema} made. */
    public List<Operation> operations() {
        return recorded.stream().map(Supplier::get).toList();
    }

    /** Records an operation built elsewhere. */
    public void apply(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        recorded.add(() -> operation);
    }

    public void createTable(String table, TableElement... elements) {
        apply(new CreateTable(Table.of(schema, table, List.of(elements))));
    }

    /** Drops a table; list its complete definition so that the inverse can recreate it. */
    public void dropTable(String table, TableElement... elements) {
        apply(new DropTable(Table.of(schema, table, List.of(elements))));
    }

    public void renameTable(String table, String newName) {
        apply(new RenameTable(name(table), newName));
    }

    /** Changes a table's comment from {@code from} to {@code to}; null means no comment. */
    public void setTableComment(String table, String from, String to) {
        apply(new SetTableComment(name(table), from, to));
    }

    public void addColumn(String table, Column column) {
        apply(new AddColumn(name(table), column));
    }

    public void dropColumn(String table, Column column) {
        apply(new DropColumn(name(table), column));
    }

    public void renameColumn(String table, String from, String to) {
        apply(new RenameColumn(name(table), from, to));
    }

    /**
     * Starts a change to a column, given its current definition:
     * {@code op.alterColumn("customer", column("email", "varchar(100)")).type("varchar(255)").notNull()}.
     */
    public ColumnChange alterColumn(String table, Column current) {
        ColumnChange change = new ColumnChange(name(table), current);
        recorded.add(change::build);
        return change;
    }

    public void addPrimaryKey(String table, PrimaryKey primaryKey) {
        apply(new AddPrimaryKey(name(table), primaryKey));
    }

    public void dropPrimaryKey(String table, PrimaryKey primaryKey) {
        apply(new DropPrimaryKey(name(table), primaryKey));
    }

    public void addForeignKey(String table, ForeignKey foreignKey) {
        apply(new AddForeignKey(name(table), foreignKey.requireComplete()));
    }

    public void dropForeignKey(String table, ForeignKey foreignKey) {
        apply(new DropForeignKey(name(table), foreignKey.requireComplete()));
    }

    public void addUnique(String table, UniqueConstraint unique) {
        apply(new AddUniqueConstraint(name(table), unique));
    }

    public void dropUnique(String table, UniqueConstraint unique) {
        apply(new DropUniqueConstraint(name(table), unique));
    }

    public void addCheck(String table, CheckConstraint check) {
        apply(new AddCheckConstraint(name(table), check));
    }

    public void dropCheck(String table, CheckConstraint check) {
        apply(new DropCheckConstraint(name(table), check));
    }

    public void createIndex(String table, Index index) {
        apply(new CreateIndex(name(table), index));
    }

    public void dropIndex(String table, Index index) {
        apply(new DropIndex(name(table), index));
    }

    public void createSequence(Sequence sequence) {
        apply(new CreateSequence(inSchema(sequence)));
    }

    public void dropSequence(Sequence sequence) {
        apply(new DropSequence(inSchema(sequence)));
    }

    /** Changes a sequence's options; both definitions must name the same sequence. */
    public void alterSequence(Sequence from, Sequence to) {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterSequence cannot rename " + from.name() + " to " + to.name());
        }
        apply(new AlterSequence(inSchema(from), inSchema(to)));
    }

    /** Runs a statement that cannot be undone; a downgrade through it fails with a clear message. */
    public void execute(String sql) {
        apply(new ExecuteSql(sql, null));
    }

    /** Runs a statement, with the statement that undoes it. */
    public void execute(String sql, String undoSql) {
        apply(new ExecuteSql(sql, Objects.requireNonNull(undoSql, "undoSql")));
    }

    private TableName name(String table) {
        return new TableName(schema, table);
    }

    private Sequence inSchema(Sequence sequence) {
        return sequence.schema() == null && schema != null ? sequence.withSchema(schema) : sequence;
    }

    /** The pending change started by {@link #alterColumn}; each call sets the target of one aspect. */
    public static final class ColumnChange {
        private final TableName table;
        private final Column from;
        private Column to;
        private String using;

        private ColumnChange(TableName table, Column from) {
            this.table = table;
            this.from = from;
            this.to = from;
        }

        public ColumnChange type(String newType) {
            to = to.type(newType);
            return this;
        }

        /** The conversion for a type change, for example {@code "amount::numeric(10,2)"}. */
        public ColumnChange using(String expression) {
            using = expression;
            return this;
        }

        public ColumnChange notNull() {
            to = to.nullable(false);
            return this;
        }

        public ColumnChange nullable() {
            to = to.nullable(true);
            return this;
        }

        /** The new default expression, or null to drop the default. */
        public ColumnChange defaultValue(String expression) {
            to = to.defaultValue(expression);
            return this;
        }

        /** The new comment, or null to drop it. */
        public ColumnChange comment(String comment) {
            to = to.comment(comment);
            return this;
        }

        /** The new identity kind, or null to stop generating values. */
        public ColumnChange identity(Identity identity) {
            to = to.identity(identity);
            return this;
        }

        private AlterColumn build() {
            return new AlterColumn(table, from, to, using);
        }
    }
}
