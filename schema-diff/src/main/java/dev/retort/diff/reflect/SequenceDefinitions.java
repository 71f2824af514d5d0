package dev.retort.diff.reflect;

import dev.retort.schema.Sequence;

/**
 * Builds a model {@link Sequence} from the values the catalogue stores, leaving out what
 * {@code CREATE SEQUENCE} would choose by itself: the type when it is bigint, and bounds that are the
 * defaults for the type and direction (ascending: 1 to the type's maximum; descending: the type's
 * minimum to -1).
 */
final class SequenceDefinitions {
    private SequenceDefinitions() {
    }

    static Sequence sequence(String schema, String name, String dataType, long start, long increment, long min,
                             long max, long cache, boolean cycle) {
        long typeMin;
        long typeMax;
        switch (dataType) {
            case "smallint" -> {
                typeMin = Short.MIN_VALUE;
                typeMax = Short.MAX_VALUE;
            }
            case "integer" -> {
                typeMin = Integer.MIN_VALUE;
                typeMax = Integer.MAX_VALUE;
            }
            default -> {
                typeMin = Long.MIN_VALUE;
                typeMax = Long.MAX_VALUE;
            }
        }
        long defaultMin = increment > 0 ? 1 : typeMin;
        long defaultMax = increment > 0 ? typeMax : -1;
        return new Sequence(schema, name, "bigint".equals(dataType) ? null : dataType, start, increment,
                min == defaultMin ? null : min, max == defaultMax ? null : max, cache, cycle);
    }
}
