package dev.retort.bench;

/** The kinds of change the mutated model applies to the base model, each k = max(1, N / 200) times. */
public enum ChangeKind {
    ADD_TABLE,
    DROP_TABLE,
    ADD_COLUMN,
    DROP_COLUMN,
    SET_NOT_NULL,
    DROP_NOT_NULL,
    VARCHAR_LENGTH,
    ADD_INDEX,
    DROP_INDEX,
    ADD_UNIQUE,
    ADD_FK,
    DROP_FK
}
