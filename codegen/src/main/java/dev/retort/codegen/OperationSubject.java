package dev.retort.codegen;

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

/**
 * What an operation is about, as a short label: the table ({@code customer}, {@code billing.invoice}),
 * {@code sequences} or {@code SQL}. Consecutive operations with the same subject form one group in
 * the generated code.
 */
final class OperationSubject implements OperationVisitor<String> {
    static final String SEQUENCES = "sequences";
    static final String SQL = "SQL";

    @Override
    public String visit(CreateTable op) {
        return op.table().tableName().toString();
    }

    @Override
    public String visit(DropTable op) {
        return op.table().tableName().toString();
    }

    @Override
    public String visit(RenameTable op) {
        return op.table().toString();
    }

    @Override
    public String visit(SetTableComment op) {
        return op.table().toString();
    }

    @Override
    public String visit(AddColumn op) {
        return op.table().toString();
    }

    @Override
    public String visit(DropColumn op) {
        return op.table().toString();
    }

    @Override
    public String visit(AlterColumn op) {
        return op.table().toString();
    }

    @Override
    public String visit(RenameColumn op) {
        return op.table().toString();
    }

    @Override
    public String visit(AddPrimaryKey op) {
        return op.table().toString();
    }

    @Override
    public String visit(DropPrimaryKey op) {
        return op.table().toString();
    }

    @Override
    public String visit(AddForeignKey op) {
        return op.table().toString();
    }

    @Override
    public String visit(DropForeignKey op) {
        return op.table().toString();
    }

    @Override
    public String visit(AddUniqueConstraint op) {
        return op.table().toString();
    }

    @Override
    public String visit(DropUniqueConstraint op) {
        return op.table().toString();
    }

    @Override
    public String visit(AddCheckConstraint op) {
        return op.table().toString();
    }

    @Override
    public String visit(DropCheckConstraint op) {
        return op.table().toString();
    }

    @Override
    public String visit(CreateIndex op) {
        return op.table().toString();
    }

    @Override
    public String visit(DropIndex op) {
        return op.table().toString();
    }

    @Override
    public String visit(CreateSequence op) {
        return SEQUENCES;
    }

    @Override
    public String visit(DropSequence op) {
        return SEQUENCES;
    }

    @Override
    public String visit(AlterSequence op) {
        return SEQUENCES;
    }

    @Override
    public String visit(ExecuteSql op) {
        return SQL;
    }
}
