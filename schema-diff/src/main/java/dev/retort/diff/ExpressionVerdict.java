package dev.retort.diff;

/** What an {@link ExpressionCanonicalizer} concluded about one {@link ExpressionQuestion}. */
public enum ExpressionVerdict {
    /** Both expressions mean the same: no change. */
    SAME,
    /** The expressions certainly differ: the differ reports a change. */
    DIFFERENT,
    /** The canonicalizer cannot tell; the differ reports nothing rather than risk a false change. */
    UNDECIDED
}
