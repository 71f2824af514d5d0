package dev.retort.diff.reflect;

/**
 * Turns what {@code pg_get_constraintdef} prints for a check constraint,
 * {@code CHECK (<expression>)} with an optional {@code NO INHERIT} and {@code NOT VALID} after it,
 * into the model's expression: the text between the outer parentheses.
 */
final class CheckClauses {
    private static final String PREFIX = "CHECK (";
    private static final String[] SUFFIXES = {" NOT VALID", " NO INHERIT"};

    private CheckClauses() {
    }

    static String expression(String definition) {
        String text = definition;
        for (String suffix : SUFFIXES) {
            if (text.endsWith(suffix)) {
                text = text.substring(0, text.length() - suffix.length());
            }
        }
        if (!text.startsWith(PREFIX) || !text.endsWith(")")) {
            throw new IllegalStateException("unexpected check constraint definition: " + definition);
        }
        return text.substring(PREFIX.length(), text.length() - 1);
    }
}
