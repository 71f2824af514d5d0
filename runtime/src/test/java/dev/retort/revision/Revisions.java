package dev.retort.revision;

import java.util.List;

/** Builds revisions for tests: id, creation minute, parents. */
final class Revisions {
    private Revisions() {
    }

    static RevisionInfo rev(String id, int minute, String... parents) {
        return new RevisionInfo(id, List.of(parents), "message of " + id,
                String.format("2024-05-01T10:%02d:00Z", minute), "migrations/V_" + id + ".java");
    }
}
