package dev.retort.ops;

/** One method per operation type; a new operation does not compile until every visitor handles it. */
public interface OperationVisitor<R> {
    R visit(CreateTable op);

    R visit(DropTable op);

    R visit(RenameTable op);

    R visit(SetTableComment op);

    R visit(AddColumn op);

    R visit(DropColumn op);

    R visit(AlterColumn op);

    R visit(RenameColumn op);

    R visit(AddPrimaryKey op);

    R visit(DropPrimaryKey op);

    R visit(AddForeignKey op);

    R visit(DropForeignKey op);

    R visit(AddUniqueConstraint op);

    R visit(DropUniqueConstraint op);

    R visit(AddCheckConstraint op);

    R visit(DropCheckConstraint op);

    R visit(CreateIndex op);

    R visit(DropIndex op);

    R visit(CreateSequence op);

    R visit(DropSequence op);

    R visit(AlterSequence op);

    R visit(ExecuteSql op);
}
