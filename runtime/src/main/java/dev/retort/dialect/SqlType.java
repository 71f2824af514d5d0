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

    /** Same base type and arrayness, and equal arguments unless one side has none. */
    public boolean sameAs(SqlType other) {
        if (!base.equals(other.base) || array != other.array) {
            return false;
        }
        return args.isEmpty() || other.args.isEmpty() || args.equals(other.args);
    }
}
