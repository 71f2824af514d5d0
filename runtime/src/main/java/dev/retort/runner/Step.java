package dev.retort.runner;

import dev.retort.revision.RevisionInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * One migration the runner applied or reverted and committed.
 *
 * @param revision  the revision
 * @param direction whether it was applied or reverted
 * @param took      from the start of the migration to its commit
 */
public record Step(RevisionInfo revision, Direction direction, Duration took) {
    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(took, "took");
    }
}
