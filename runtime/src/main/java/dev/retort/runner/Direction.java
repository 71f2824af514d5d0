package dev.retort.runner;

/** Which way a step moves the schema. */
public enum Direction {
    /** Runs the migration's {@code upgrade()}. */
    UP,
    /** Runs the migration's {@code downgrade()}. */
    DOWN
}
