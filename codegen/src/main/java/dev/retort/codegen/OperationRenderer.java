package dev.retort.codegen;

import static dev.retort.codegen.JavaLiterals.multiLineString;
import static dev.retort.codegen.JavaLiterals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders each operation as the one {@code Operations} call that records it, without the closing
 * semicolon: {@code op.addColumn("customer", column("note", "text"))}. Tables and sequences outside
 * the default schema go through {@code op.schema("other")}.
 */
final class OperationRenderer implements OperationVisitor<CodeBlock> {
    private static final ClassName IDENTITY = ClassName.get(Identity.class);

    private final DefinitionRenderer definitions;

    OperationRenderer(DefinitionRenderer definitions) {
        this.definitions = definitions;
    }

    @Override
    public CodeBlock visit(CreateTable op) {
        return tableDefinition("createTable", op.table());
    }

    @Override
    public CodeBlock visit(DropTable op) {
        return tableDefinition("dropTable", op.table());
    }

    @Override
    public CodeBlock visit(RenameTable op) {
        return tableCall(op.table(), "renameTable", string(op.newName()));
    }

    @Override
    public CodeBlock visit(SetTableComment op) {
        return tableCall(op.table(), "setTableComment", string(op.from()), string(op.to()));
    }

    @Override
    public CodeBlock visit(AddColumn op) {
        return tableCall(op.table(), "addColumn", definitions.column(op.column()));
    }

    @Override
    public CodeBlock visit(DropColumn op) {
        return tableCall(op.table(), "dropColumn", definitions.column(op.column()));
    }

    /**
     * {@code op.alterColumn(table, from)} followed by the {@code ColumnChange} calls that turn
     * {@code from} into {@code to}. Identity comes before nullability because setting it also makes
     * the column NOT NULL; nullability is then set to what {@code to} says.
     */
    @Override
    public CodeBlock visit(AlterColumn op) {
        Column from = op.from();
        Column to = op.to();
        List<CodeBlock> changes = new ArrayList<>();
        if (!from.type().equals(to.type())) {
            changes.add(CodeBlock.of(".type($L)", string(to.type())));
        }
        if (op.using() != null) {
            changes.add(CodeBlock.of(".using($L)", string(op.using())));
        }
        Column current = from;
        if (from.identity() != to.identity()) {
            changes.add(to.identity() == null ? CodeBlock.of(".identity(null)")
                    : CodeBlock.of(".identity($T.$L)", IDENTITY, to.identity().name()));
            current = current.identity(to.identity());
        }
        if (current.nullable() != to.nullable()) {
            changes.add(CodeBlock.of(to.nullable() ? ".nullable()" : ".notNull()"));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            changes.add(CodeBlock.of(".defaultValue($L)", string(to.defaultValue())));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(CodeBlock.of(".comment($L)", string(to.comment())));
        }
        CodeBlock.Builder code = tableCall(op.table(), "alterColumn", definitions.column(from)).toBuilder();
        String separator = changes.size() > 1 ? "\n" : "";
        changes.forEach(change -> code.add(separator).add(change));
        return code.build();
    }

    @Override
    public CodeBlock visit(RenameColumn op) {
        return tableCall(op.table(), "renameColumn", string(op.from()), string(op.to()));
    }

    @Override
    public CodeBlock visit(AddPrimaryKey op) {
        return tableCall(op.table(), "addPrimaryKey", definitions.primaryKey(op.primaryKey()));
    }

    @Override
    public CodeBlock visit(DropPrimaryKey op) {
        return tableCall(op.table(), "dropPrimaryKey", definitions.primaryKey(op.primaryKey()));
    }

    @Override
    public CodeBlock visit(AddForeignKey op) {
        return tableCall(op.table(), "addForeignKey", definitions.foreignKey(op.foreignKey(), op.table().name()));
    }

    @Override
    public CodeBlock visit(DropForeignKey op) {
        return tableCall(op.table(), "dropForeignKey", definitions.foreignKey(op.foreignKey(), op.table().name()));
    }

    @Override
    public CodeBlock visit(AddUniqueConstraint op) {
        return tableCall(op.table(), "addUnique", definitions.unique(op.unique()));
    }

    @Override
    public CodeBlock visit(DropUniqueConstraint op) {
        return tableCall(op.table(), "dropUnique", definitions.unique(op.unique()));
    }

    @Override
    public CodeBlock visit(AddCheckConstraint op) {
        return tableCall(op.table(), "addCheck", definitions.check(op.check()));
    }

    @Override
    public CodeBlock visit(DropCheckConstraint op) {
        return tableCall(op.table(), "dropCheck", definitions.check(op.check()));
    }

    @Override
    public CodeBlock visit(CreateIndex op) {
        return tableCall(op.table(), "createIndex", definitions.index(op.index(), op.table().name()));
    }

    @Override
    public CodeBlock visit(DropIndex op) {
        return tableCall(op.table(), "dropIndex", definitions.index(op.index(), op.table().name()));
    }

    @Override
    public CodeBlock visit(CreateSequence op) {
        return CodeBlock.of("$L.createSequence($L)", receiver(op.sequence().schema()),
                definitions.sequence(op.sequence(), false));
    }

    @Override
    public CodeBlock visit(DropSequence op) {
        return CodeBlock.of("$L.dropSequence($L)", receiver(op.sequence().schema()),
                definitions.sequence(op.sequence(), false));
    }

    /**
     * The current definition, then the new one on a continuation line. Both definitions in one schema
     * go through {@code op.schema(...)}; definitions in different schemas each carry their own
     * {@code withSchema(...)}.
     */
    @Override
    public CodeBlock visit(AlterSequence op) {
        Sequence from = op.from();
        Sequence to = op.to();
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterSequence cannot rename " + from.name() + " to " + to.name());
        }
        boolean sameSchema = Objects.equals(from.schema(), to.schema());
        return CodeBlock.of("$L.alterSequence($L,\n$L)", receiver(sameSchema ? from.schema() : null),
                definitions.sequence(from, !sameSchema), definitions.sequence(to, !sameSchema));
    }

    @Override
    public CodeBlock visit(ExecuteSql op) {
        if (op.undoSql() == null) {
            return CodeBlock.of("op.execute($L)", multiLineString(op.sql()));
        }
        return CodeBlock.of("op.execute($L,\n$L)", multiLineString(op.sql()), multiLineString(op.undoSql()));
    }

    /** {@code createTable}/{@code dropTable}: the name, then one element per line. */
    private CodeBlock tableDefinition(String method, Table table) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$L.$L($L", receiver(table.schema()), method, string(table.name()));
        definitions.elements(table).forEach(element -> code.add(",\n$L", element));
        return code.add(")").build();
    }

    private static CodeBlock tableCall(TableName table, String method, Object... arguments) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L.$L($L", receiver(table.schema()), method, string(table.name()));
        for (Object argument : arguments) {
            code.add(", $L", argument);
        }
        return code.add(")").build();
    }

    private static String receiver(String schema) {
        return schema == null ? "op" : "op.schema(" + string(schema) + ")";
    }
}
