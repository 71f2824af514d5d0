package dev.retort.schema;

/**
 * A sequence.
 *
 * @param schema    the schema, or null for the default schema
 * @param name      the sequence name
 * @param dataType  the value type ({@code bigint}, {@code integer}, {@code smallint}); null means bigint
 * @param start     the first value
 * @param increment the step
 * @param minValue  the lower bound, or null for the type's default
 * @param maxValue  the upper bound, or null for the type's default
 * @param cache     how many values each session preallocates (1 = no caching)
 * @param cycle     whether the sequence wraps around
 * @param ownedBy   the column that owns the sequence (a serial column's own sequence), or null for a
 *                  free-standing one; only reflected models carry owners, operations never do
 */
public record Sequence(String schema, String name, String dataType, long start, long increment, Long minValue,
                       Long maxValue, long cache, boolean cycle, SequenceOwner ownedBy) {

    public Sequence {
        Names.require(name, "sequence name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " must not have increment 0");
        }
        if (cache < 1) {
            throw new IllegalArgumentException("sequence " + name + " needs a cache of at least 1");
        }
    }

    /** A free-standing sequence. */
    public Sequence(String schema, String name, String dataType, long start, long increment, Long minValue,
                    Long maxValue, long cache, boolean cycle) {
        this(schema, name, dataType, start, increment, minValue, maxValue, cache, cycle, null);
    }

    /** A bigint sequence starting at 1 with increment 1, like {@code CREATE SEQUENCE name}. */
    public static Sequence of(String name) {
        return new Sequence(null, name, null, 1, 1, null, null, 1, false, null);
    }

    public Sequence startWith(long value) {
        return new Sequence(schema, name, dataType, value, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    /**
     * The step. A descending step on a sequence still starting at the ascending default 1 moves the
     * start to -1, PostgreSQL's default for descending sequences.
     */
    public Sequence incrementBy(long value) {
        long first = start == 1 && increment > 0 && value < 0 ? -1 : start;
        return new Sequence(schema, name, dataType, first, value, minValue, maxValue, cache, cycle, ownedBy);
    }

    public Sequence as(String type) {
        return new Sequence(schema, name, type, start, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    public Sequence minValue(long value) {
        return new Sequence(schema, name, dataType, start, increment, value, maxValue, cache, cycle, ownedBy);
    }

    public Sequence maxValue(long value) {
        return new Sequence(schema, name, dataType, start, increment, minValue, value, cache, cycle, ownedBy);
    }

    public Sequence cache(long value) {
        return new Sequence(schema, name, dataType, start, increment, minValue, maxValue, value, cycle, ownedBy);
    }

    public Sequence cycle(boolean cycles) {
        return new Sequence(schema, name, dataType, start, increment, minValue, maxValue, cache, cycles, ownedBy);
    }

    public Sequence withSchema(String newSchema) {
        return new Sequence(newSchema, name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** The same sequence owned by the given column (null: free-standing). */
    public Sequence ownedBy(SequenceOwner owner) {
        return new Sequence(schema, name, dataType, start, increment, minValue, maxValue, cache, cycle, owner);
    }
}
