package dev.retort.migration;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.TableComment;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * Factories for the definitions that {@link Operations} takes, meant to be imported statically:
 * {@code column("email", "varchar(255)").notNull()}, {@code primaryKey("customer_pkey", "id")}.
 * Every definition is an immutable value; each chained call returns a new one.
 */
public final class Ddl {
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;

    private Ddl() {
    }

    /** A nullable column of the given SQL type, for example {@code column("price", "numeric(10,2)")}. */
    public static Column column(String name, String type) {
        return Column.of(name, type);
    }

    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    /** A foreign key; complete it with {@code .references(table, columns...)}. */
    public static ForeignKey foreignKey(String name, String... columns) {
        return ForeignKey.of(name, List.of(columns));
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    /** An ascending index; chain {@code .descending(column)} or {@code .where(predicate)}. */
    public static Index index(String name, String... columns) {
        return Index.of(name, columns);
    }

    /** A unique index (as opposed to a unique constraint, see {@link #unique}). */
    public static Index uniqueIndex(String name, String... columns) {
        return Index.of(name, columns).unique(true);
    }

    public static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    /** The table's comment, as an element of {@code createTable} or {@code dropTable}. */
    public static TableComment tableComment(String text) {
        return new TableComment(text);
    }

    /** A sequence starting at 1 with increment 1; chain {@code .incrementBy(50)} and friends. */
    public static Sequence sequence(String name) {
        return Sequence.of(name);
    }
}
