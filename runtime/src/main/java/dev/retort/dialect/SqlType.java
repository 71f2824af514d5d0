package dev.retort.dialect;

import java.util.List;

/**
 * A parsed column type.
 *
 * @param base  the dialect's internal name of the base type, for example {@code int4} or {@code varchar}
 * @param args  the type modifiers (length, precision, scale), empty when not stated
 * @param array whether this is an array of the base type
 */
public record SqlType(String base, List<String> args, boolean array) {

    public SqlType {
        args = List.copyOf(args);
    }

    /**
     * Same base type, arrayness and modifiers. A type without modifiers is not the same as one with
     * them ({@code varchar} is unbounded, {@code varchar(100)} is not); modifiers a type takes by
     * default are the dialect's business ({@link TypeRules#comparable}).
     */
    public boolean sameAs(SqlType other) {
        return base.equals(other.base) && array == other.array && args.equals(other.args);
    }
}
