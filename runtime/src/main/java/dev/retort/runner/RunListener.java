package dev.retort.runner;

/** Hears about each step right after it is committed. */
@FunctionalInterface
public interface RunListener {
    /** Does nothing. */
    RunListener NONE = step -> { };

    void applied(Step step);
}
