package dev.retort.scanner;

import java.util.HashSet;
import java.util.Set;

/**
 * The names already in use in one schema while Hibernate's DDL runs, so that a name PostgreSQL
 * chooses for an unnamed constraint can be predicted: index-backed constraints (primary keys,
 * uniques) avoid every relation and constraint name of the schema, checks avoid constraint names.
 */
final class SchemaNames {
    private final Set<String> constraints = new HashSet<>();
    private final Set<String> relationsAndConstraints = new HashSet<>();

    /** A table, sequence or index. */
    void addRelation(String name) {
        relationsAndConstraints.add(name);
    }

    /** A constraint backed by an index (primary key, unique): both a relation and a constraint. */
    void addIndexConstraint(String name) {
        relationsAndConstraints.add(name);
        constraints.add(name);
    }

    void addCheck(String name) {
        constraints.add(name);
        relationsAndConstraints.add(name);
    }

    /** What a new check constraint's name must avoid. */
    Set<String> takenByConstraints() {
        return constraints;
    }

    /** What a new index-backed constraint's name must avoid. */
    Set<String> takenByRelations() {
        return relationsAndConstraints;
    }
}
