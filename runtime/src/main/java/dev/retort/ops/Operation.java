package dev.retort.ops;

/**
 * One schema change. Every operation knows its inverse, so a migration's downgrade is its
 * upgrade reversed and inverted. Operations that drop something carry the whole definition
 * of what they drop, which is what makes the inverse exact.
 */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable, SetTableComment,
                AddColumn, DropColumn, AlterColumn, RenameColumn,
                AddPrimaryKey, DropPrimaryKey, AddForeignKey, DropForeignKey,
                AddUniqueConstraint, DropUniqueConstraint, AddCheckConstraint, DropCheckConstraint,
                CreateIndex, DropIndex, CreateSequence, DropSequence, AlterSequence, ExecuteSql {

    /** The operation that undoes this one. */
    Operation invert();

    <R> R accept(OperationVisitor<R> visitor);
}
