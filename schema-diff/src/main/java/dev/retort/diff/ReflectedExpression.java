package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import java.util.List;
import java.util.Objects;

/**
 * A default, check condition or index predicate as reflected from the database, carried by a planned
 * operation so that its inverse can create it again (a dropped check, table, index or column, or the
 * old side of a changed column). Re-creating it must leave PostgreSQL storing exactly this text.
 *
 * @param kind    what the expression is
 * @param table   the table it belongs to
 * @param name    the column (for a default), the check constraint or the index
 * @param text    the expression as reflected: a default or predicate as {@code pg_get_expr} prints it, a
 *                check condition as {@code pg_get_constraintdef} prints it without {@code CHECK (...)}
 * @param columns the columns it is evaluated against, with the database's types: the one column for a
 *                default, every column of the table otherwise
 */
public record ReflectedExpression(ExpressionQuestion.Kind kind, TableName table, String name, String text,
                                  List<Column> columns) {

    public ReflectedExpression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        columns = List.copyOf(columns);
    }

    /** A short phrase naming the expression, for messages: {@code check constraint book_genre_check on book}. */
    public String subject() {
        return switch (kind) {
            case DEFAULT -> "default of " + table + "." + name;
            case CHECK -> "check constraint " + name + " on " + table;
            case INDEX_PREDICATE -> "predicate of index " + name + " on " + table;
        };
    }
}
