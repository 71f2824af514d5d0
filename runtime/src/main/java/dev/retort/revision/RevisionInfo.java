package dev.retort.revision;

import java.util.List;
import java.util.Objects;

/**
 * What the revision graph knows about one migration.
 *
 * @param id      the revision id
 * @param parents the ids of the parent revisions: none for a base, two or more for a merge
 * @param message what the revision does, or null
 * @param created when the revision was created, as an ISO-8601 instant, or null
 * @param source  where the revision comes from (a file path), for messages; may be null
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, String source) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** The id followed by the message in parentheses, as messages name a revision. */
    public String label() {
        return message == null || message.isBlank() ? id : id + " (" + message.strip() + ")";
    }

    /** Whether this revision joins two or more lines of history. */
    public boolean isMerge() {
        return parents.size() > 1;
    }
}
