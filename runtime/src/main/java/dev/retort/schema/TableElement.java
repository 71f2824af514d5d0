package dev.retort.schema;

/**
 * A part of a table definition: a column, the primary key, a constraint, an index or the table comment.
 * {@code Operations.createTable} and {@code dropTable} take a list of these.
 */
public sealed interface TableElement
        permits Column, PrimaryKey, ForeignKey, UniqueConstraint, Index, CheckConstraint, TableComment {
}
