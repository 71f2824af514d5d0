package dev.retort.bench;

/**
 * A {@code @ManyToOne} to an earlier entity.
 *
 * @param column      the join column
 * @param target      the index of the referenced entity
 * @param fkName      the foreign key's name (used when constrained)
 * @param constrained false for {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}: the column, no constraint
 */
public record RefSpec(String column, int target, String fkName, boolean constrained) {

    public RefSpec withConstrained(boolean value) {
        return new RefSpec(column, target, fkName, value);
    }
}
