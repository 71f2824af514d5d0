package dev.retort.schema;

/**
 * A part of a table definition: a column, the primary key, or a constraint or index.
 * {@code Operations.createTable} and {@code dropTable} take a list of these.
 */
public sealed interface TableElement
        permits Column, PrimaryKey, ForeignKey, UniqueConstraint, Index, CheckConstraint {
}
