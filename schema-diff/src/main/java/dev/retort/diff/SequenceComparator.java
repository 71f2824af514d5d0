package dev.retort.diff;

import dev.retort.ops.AlterSequence;
import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two definitions of one sequence: type, increment, start, bounds (an omitted bound is the
 * default for the type and direction), cache and cycle. The result changes only what differs.
 */
final class SequenceComparator {
    private final TypeSpelling types;

    SequenceComparator(TypeSpelling types) {
        this.types = types;
    }

    Optional<AlterSequence> compare(Sequence from, Sequence target) {
        Sequence to = from;
        if (!types.same(typeOf(from), typeOf(target))) {
            to = to.as(target.dataType() == null ? "bigint" : target.dataType());
        }
        if (from.increment() != target.increment()) {
            to = to.incrementBy(target.increment());
        }
        if (from.start() != target.start()) {
            to = to.startWith(target.start());
        }
        if (lower(from) != lower(target)) {
            to = withMin(to, target.minValue());
        }
        if (upper(from) != upper(target)) {
            to = withMax(to, target.maxValue());
        }
        if (from.cache() != target.cache()) {
            to = to.cache(target.cache());
        }
        if (from.cycle() != target.cycle()) {
            to = to.cycle(target.cycle());
        }
        return to.equals(from) ? Optional.empty() : Optional.of(new AlterSequence(from, to));
    }

    private static String typeOf(Sequence s) {
        return Objects.requireNonNullElse(s.dataType(), "bigint");
    }

    private static Sequence withMin(Sequence s, Long min) {
        return new Sequence(s.schema(), s.name(), s.dataType(), s.start(), s.increment(), min, s.maxValue(), s.cache(), s.cycle());
    }

    private static Sequence withMax(Sequence s, Long max) {
        return new Sequence(s.schema(), s.name(), s.dataType(), s.start(), s.increment(), s.minValue(), max, s.cache(), s.cycle());
    }

    private long lower(Sequence s) {
        if (s.minValue() != null) {
            return s.minValue();
        }
        return s.increment() > 0 ? 1 : -typeMax(s) - 1;
    }

    private long upper(Sequence s) {
        if (s.maxValue() != null) {
            return s.maxValue();
        }
        return s.increment() > 0 ? typeMax(s) : -1;
    }

    private long typeMax(Sequence s) {
        String type = types.canonical(typeOf(s));
        if (type.equals("smallint")) {
            return Short.MAX_VALUE;
        }
        if (type.equals("integer")) {
            return Integer.MAX_VALUE;
        }
        return Long.MAX_VALUE;
    }
}
