package dev.retort.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list of statements into parts that each stay well under Java's limit of 64 KB of
 * bytecode per method. Consecutive statements about the same subject stay together unless the group
 * alone is over the budget; a single statement is never split.
 */
final class MethodParts {
    /**
     * Estimated bytecode per method: 60% of the 65,535 bytes the class file format allows. The
     * estimate is an upper bound; real generated code comes to about 40% of it.
     */
    static final int BUDGET_BYTES = 40_000;

    /** A part: the upgrade statements {@code [from, to)}, and the inverses of the same operations. */
    record Part(int from, int to) {
        int size() {
            return to - from;
        }
    }

    private MethodParts() {
    }

    /**
     * @param upgrade  the upgrade statements, in order
     * @param inverses the statement undoing each upgrade statement (same index), or null when the
     *                 downgrade is not generated
     */
    static List<Part> split(List<Statement> upgrade, List<Statement> inverses, int budget) {
        List<Part> parts = new ArrayList<>();
        int partStart = 0;
        int partUp = 0;
        int partDown = 0;
        int i = 0;
        while (i < upgrade.size()) {
            int groupEnd = i + 1;
            while (groupEnd < upgrade.size() && upgrade.get(groupEnd).subject().equals(upgrade.get(i).subject())) {
                groupEnd++;
            }
            int groupUp = bytes(upgrade, i, groupEnd);
            int groupDown = inverses == null ? 0 : bytes(inverses, i, groupEnd);
            if (partUp + groupUp <= budget && partDown + groupDown <= budget) {
                partUp += groupUp;
                partDown += groupDown;
                i = groupEnd;
                continue;
            }
            if (i > partStart) {
                parts.add(new Part(partStart, i));
                partStart = i;
                partUp = 0;
                partDown = 0;
                continue;
            }
            // A group bigger than a whole part: fill parts statement by statement.
            for (int s = i; s < groupEnd; s++) {
                int up = upgrade.get(s).bytes();
                int down = inverses == null ? 0 : inverses.get(s).bytes();
                if (s > partStart && (partUp + up > budget || partDown + down > budget)) {
                    parts.add(new Part(partStart, s));
                    partStart = s;
                    partUp = 0;
                    partDown = 0;
                }
                partUp += up;
                partDown += down;
            }
            i = groupEnd;
        }
        if (partStart < upgrade.size() || parts.isEmpty()) {
            parts.add(new Part(partStart, upgrade.size()));
        }
        return parts;
    }

    private static int bytes(List<Statement> statements, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += statements.get(i).bytes();
        }
        return total;
    }
}
