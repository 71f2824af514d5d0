package dev.retort.scanner;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The columns of a table a check condition reads, found the way PostgreSQL sees them: identifiers
 * outside string literals that are not function names, qualifiers or type names (after {@code ::}
 * or a cast's {@code as}). PostgreSQL names an unnamed check after its column when exactly one
 * column is read.
 */
final class CheckColumns {
    /** Words that continue a type name: {@code character varying}, {@code timestamp with time zone}. */
    private static final Set<String> TYPE_NAME_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");

    private CheckColumns() {
    }

    /** The only column of {@code columns} that {@code condition} reads, or null when it reads none or several. */
    static String soleColumn(String condition, Collection<String> columns) {
        Set<String> read = read(condition, columns);
        return read.size() == 1 ? read.iterator().next() : null;
    }

    static Set<String> read(String condition, Collection<String> columns) {
        Set<String> read = new LinkedHashSet<>();
        int length = condition.length();
        int i = 0;
        boolean afterCast = false;
        boolean inTypeName = false;
        while (i < length) {
            char c = condition.charAt(i);
            if (c == '\'') {
                i = skipQuoted(condition, i, '\'');
                afterCast = false;
                inTypeName = false;
            } else if (c == '"') {
                int end = skipQuoted(condition, i, '"');
                String name = condition.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                consider(name, condition, end, afterCast, columns, read);
                i = end;
                afterCast = false;
                inTypeName = false;
            } else if (isIdentifierStart(c)) {
                int end = i + 1;
                while (end < length && isIdentifierPart(condition.charAt(end))) {
                    end++;
                }
                if (c == 'E' || c == 'e') {
                    if (end == i + 1 && end < length && condition.charAt(end) == '\'') {
                        i = skipEscapeString(condition, end);
                        continue;
                    }
                }
                String word = StoredNames.fold(condition.substring(i, end));
                boolean typeWord = afterCast || inTypeName && TYPE_NAME_WORDS.contains(word);
                consider(word, condition, end, typeWord, columns, read);
                inTypeName = typeWord;
                afterCast = word.equals("as");
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < length && (isIdentifierPart(condition.charAt(end)) || condition.charAt(end) == '.')) {
                    end++;
                }
                i = end;
                afterCast = false;
                inTypeName = false;
            } else if (c == ':' && i + 1 < length && condition.charAt(i + 1) == ':') {
                afterCast = true;
                i += 2;
            } else {
                if (!Character.isWhitespace(c)) {
                    afterCast = false;
                    inTypeName = false;
                }
                i++;
            }
        }
        return read;
    }

    private static void consider(String name, String condition, int end, boolean afterCast,
                                 Collection<String> columns, Set<String> read) {
        if (afterCast) {
            return;
        }
        char next = nextNonSpace(condition, end);
        if (next == '(' || next == '.') {
            return;
        }
        if (columns.contains(name)) {
            read.add(name);
        }
    }

    private static char nextNonSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** The index just past the closing quote; a doubled quote inside stands for itself. */
    private static int skipQuoted(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** Like {@link #skipQuoted} for {@code E'...'} strings, where a backslash escapes the next character. */
    private static int skipEscapeString(String s, int open) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 127;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9' || c == '$';
    }
}
