package dev.retort.revision;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an upgrade or downgrade should take the database: {@code head}, {@code heads},
 * {@code base}, {@code +N}, {@code -N}, or a revision id or unique prefix.
 */
public sealed interface RevisionTarget {
    /** The forms {@link #parse} accepts, for messages. */
    String FORMS = "head, heads, base, +N, -N (N >= 1) or a revision id or unique id prefix";

    /** Parses the text of a target; anything else is a {@link ErrorKind#CONFIGURATION} error listing the forms. */
    static RevisionTarget parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RetortException(ErrorKind.CONFIGURATION, "no revision target given; use " + FORMS);
        }
        String target = text.strip();
        switch (target.toLowerCase(Locale.ROOT)) {
            case "head":
                return new Head();
            case "heads":
                return new Heads();
            case "base":
                return new Base();
            default:
                break;
        }
        Matcher relative = Pattern.compile("([+-])(\\d{1,9})").matcher(target);
        if (relative.matches()) {
            int steps = Integer.parseInt(relative.group(2));
            if (steps == 0) {
                throw new RetortException(ErrorKind.CONFIGURATION, "relative revision " + target
                        + " moves nowhere; use " + FORMS);
            }
            return new Relative(relative.group(1).equals("+") ? steps : -steps);
        }
        if (target.contains(":")) {
            throw new RetortException(ErrorKind.CONFIGURATION, "'" + target
                    + "' is a range; upgrade and downgrade take one target: " + FORMS);
        }
        if (target.contains("@")) {
            throw new RetortException(ErrorKind.CONFIGURATION, "'" + target
                    + "' uses a branch label, which Retort does not support; use " + FORMS);
        }
        String problem = RevisionIds.problem(target);
        if (problem != null || target.startsWith("+")) {
            throw new RetortException(ErrorKind.CONFIGURATION, "'" + target + "' is not a revision target; use " + FORMS);
        }
        return new Id(target);
    }

    /** The single head of the graph; an error when there are several. */
    record Head() implements RevisionTarget {
        @Override
        public String toString() {
            return "head";
        }
    }

    /** Every head of the graph. */
    record Heads() implements RevisionTarget {
        @Override
        public String toString() {
            return "heads";
        }
    }

    /** Before the first revision: nothing applied. */
    record Base() implements RevisionTarget {
        @Override
        public String toString() {
            return "base";
        }
    }

    /** {@code steps} revisions forward (positive) or back (negative) from the current revision. */
    record Relative(int steps) implements RevisionTarget {
        public Relative {
            if (steps == 0) {
                throw new IllegalArgumentException("a relative target moves at least one revision");
            }
        }

        @Override
        public String toString() {
            return steps > 0 ? "+" + steps : String.valueOf(steps);
        }
    }

    /** A revision id, or a prefix of exactly one id. */
    record Id(String idOrPrefix) implements RevisionTarget {
        public Id {
            if (idOrPrefix == null || idOrPrefix.isBlank()) {
                throw new IllegalArgumentException("an id target needs an id");
            }
        }

        @Override
        public String toString() {
            return idOrPrefix;
        }
    }
}
