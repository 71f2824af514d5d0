package dev.retort.codegen;

/**
 * Java source text for values that come from users: string and number literals, and Javadoc text.
 * Whatever the input, the result compiles and means exactly the input.
 */
final class JavaLiterals {
    private JavaLiterals() {
    }

    /** A string literal on one line; null gives {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        appendEscaped(out, value);
        return out.append('"').toString();
    }

    /**
     * A string literal that continues on a new line after each line break of the value, as
     * {@code "UPDATE t\n" + "SET x = 1"}; inside a statement, JavaPoet indents the continuation lines.
     */
    static String multiLineString(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        int start = 0;
        while (start < value.length()) {
            int newline = value.indexOf('\n', start);
            int end = newline < 0 ? value.length() : newline + 1;
            if (start > 0) {
                out.append("\n+ ");
            }
            out.append(string(value.substring(start, end)));
            start = end;
        }
        return start == 0 ? "\"\"" : out.toString();
    }

    /** A literal for a {@code long} parameter: plain when it fits an int, with an {@code L} otherwise. */
    static String number(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
    }

    /**
     * Text for a Javadoc comment: HTML-escaped, with {@code *}{@code /}, {@code @} and backslashes
     * (which javac would read as the start of a unicode escape even in comments) made harmless, and
     * invisible characters shown as {@code U+202E}.
     */
    static String javadoc(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length() + 16);
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && lines.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\n' -> out.append('\n');
                default -> {
                    if (Character.isSurrogate(c) || !isInvisible(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("U+%04X", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
                        if (isInvisible(codePoint)) {
                            unicodeEscape(out, c);
                            unicodeEscape(out, value.charAt(i + 1));
                        } else {
                            out.append(c).append(value.charAt(i + 1));
                        }
                        i++;
                    } else if (Character.isSurrogate(c) || isInvisible(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Characters a reader could not see or that editors may mangle: controls, format marks, odd spaces. */
    private static boolean isInvisible(int codePoint) {
        if (codePoint == ' ') {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append(String.format("\\u%04x", (int) c));
    }
}
