package dev.retort.migration;

/**
 * A migration: one revision of the schema. Implementations carry a {@link Revision} annotation
 * and describe their changes through {@link Operations}; nothing runs SQL directly.
 */
public interface Migration {

    /** Moves the schema forward from the parent revision(s) to this one. */
    void upgrade(Operations op);

    /** Moves the schema back from this revision to its parent(s). */
    void downgrade(Operations op);
}
