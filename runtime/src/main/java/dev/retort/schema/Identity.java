package dev.retort.schema;

/** How an identity column generates values ({@code GENERATED ... AS IDENTITY}). */
public enum Identity {
    ALWAYS,
    BY_DEFAULT
}
