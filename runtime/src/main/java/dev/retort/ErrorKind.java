package dev.retort;

/** What kind of failure a {@link RetortException} reports. */
public enum ErrorKind {
    /** Bad or missing configuration, unknown keys, bad command-line input. */
    CONFIGURATION,
    /** The database cannot be reached or refused an operation outside a migration. */
    DATABASE,
    /** Entities could not be found or mapped. */
    MODEL,
    /** The migration history is inconsistent: unknown, ambiguous or duplicate revisions, several heads. */
    REVISION,
    /** The database is not at the revision the command needs. */
    NOT_AT_HEAD,
    /** A migration source does not compile, or no compiler is available. */
    COMPILATION,
    /** A migration failed while it ran and was rolled back. */
    MIGRATION_FAILED,
    /** An operation was asked for its inverse but has none. */
    IRREVERSIBLE
}
