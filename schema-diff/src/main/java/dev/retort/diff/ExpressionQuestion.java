package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import java.util.List;
import java.util.Objects;

/**
 * Whether an expression in the database and the one the entities ask for mean the same, after
 * textual normalisation could not settle it.
 *
 * @param kind          what the expression is
 * @param table         the table it belongs to
 * @param name          the column (for a default), the check constraint or the index
 * @param databaseText  the expression as reflected from the database
 * @param targetText    the expression as the entities write it
 * @param targetColumns the columns the expression is evaluated against, with the entities' types:
 *                      the one column for a default, every column of the table otherwise
 */
public record ExpressionQuestion(Kind kind, TableName table, String name, String databaseText, String targetText,
                                 List<Column> targetColumns) {

    /** The kinds of expression the differ compares. */
    public enum Kind { DEFAULT, CHECK, INDEX_PREDICATE }

    public ExpressionQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(databaseText, "databaseText");
        Objects.requireNonNull(targetText, "targetText");
        targetColumns = List.copyOf(targetColumns);
    }

    /** A short phrase naming the expression, for messages: {@code default of customer.status}. */
    public String subject() {
        return switch (kind) {
            case DEFAULT -> "default of " + table + "." + name;
            case CHECK -> "check constraint " + name + " on " + table;
            case INDEX_PREDICATE -> "predicate of index " + name + " on " + table;
        };
    }
}
