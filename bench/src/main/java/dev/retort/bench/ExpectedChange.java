package dev.retort.bench;

/**
 * One entry {@code retort check} must report for the mutated model against the base database.
 *
 * @param kind the mutation that causes it
 * @param key  the normalised entry, as {@link ChangeKeys} derives it from check's JSON
 */
public record ExpectedChange(ChangeKind kind, String key) {
}
