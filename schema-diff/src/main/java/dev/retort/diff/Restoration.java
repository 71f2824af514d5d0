package dev.retort.diff;

import java.util.Objects;

/**
 * The text to re-create a {@link ReflectedExpression} with, and how sure that is.
 *
 * @param text    the reflected text itself, or a rewrite of it the server has been seen to store as the
 *                reflected text
 * @param outcome what the server said
 */
public record Restoration(String text, Outcome outcome) {

    /** What is known about re-creating the expression from {@link #text}. */
    public enum Outcome {
        /** The server stores the reflected text again when given it: nothing to rewrite. */
        REFLECTED,
        /** The server stores something else for the reflected text, but exactly it for this rewrite. */
        REWRITTEN,
        /**
         * The server stores something else for the reflected text and for every rewrite tried: the text
         * is the reflected one, which still means the same, but {@code pg_dump} will print it differently.
         */
        NOT_RESTORABLE,
        /** The server could not create the reflected text on a stand-in table: the reflected text is kept. */
        UNVERIFIED,
        /** Nobody asked a server (a canonicalizer without a database): the reflected text is kept. */
        UNCHECKED
    }

    public Restoration {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The reflected text, unchecked. */
    public static Restoration unchecked(ReflectedExpression expression) {
        return new Restoration(expression.text(), Outcome.UNCHECKED);
    }

    /** Whether the text may not give back exactly what was reflected. */
    public boolean doubtful() {
        return outcome == Outcome.NOT_RESTORABLE || outcome == Outcome.UNVERIFIED;
    }
}
