package dev.retort.dialect.postgres;

import dev.retort.dialect.NamingRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's rules for names it chooses itself: {@code <table>_pkey},
 * {@code <table>_<col>_<col>_key}, {@code <table>_<col>_check} or {@code <table>_check},
 * {@code <table>_<col>_fkey}. When the result would exceed 63 bytes the longer of the table part and
 * the column part is shortened first; a name already taken gets a number after the label
 * ({@code _check1}, {@code _check2}).
 */
public final class PostgresNaming implements NamingRules {
    private static final int MAX = 63;

    @Override
    public int maxIdentifierLength() {
        return MAX;
    }

    @Override
    public String truncate(String identifier) {
        return clip(identifier, MAX);
    }

    @Override
    public String primaryKeyName(String table, Set<String> taken) {
        return choose(table, null, "pkey", taken);
    }

    @Override
    public String uniqueName(String table, List<String> columns, Set<String> taken) {
        return choose(table, joined(columns), "key", taken);
    }

    @Override
    public String checkName(String table, String column, Set<String> taken) {
        return choose(table, column, "check", taken);
    }

    @Override
    public String foreignKeyName(String table, List<String> columns, Set<String> taken) {
        return choose(table, joined(columns), "fkey", taken);
    }

    /** Column names joined with underscores, cut off once the result reaches the identifier limit. */
    private static String joined(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String column : columns) {
            if (!sb.isEmpty()) {
                sb.append('_');
            }
            sb.append(column);
            if (bytes(sb.toString()) >= MAX) {
                break;
            }
        }
        return clip(sb.toString(), MAX);
    }

    private static String choose(String name1, String name2, String label, Set<String> taken) {
        String candidate = makeName(name1, name2, label);
        for (int pass = 1; taken.contains(candidate); pass++) {
            candidate = makeName(name1, name2, label + pass);
        }
        return candidate;
    }

    /** name1_name2_label within 63 bytes, shortening the longer of name1 and name2 first. */
    static String makeName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = MAX - overhead;
        int length1 = bytes(name1);
        int length2 = name2 == null ? 0 : bytes(name2);
        while (length1 + length2 > available) {
            if (length1 > length2) {
                length1--;
            } else {
                length2--;
            }
        }
        StringBuilder sb = new StringBuilder(clip(name1, length1));
        if (name2 != null) {
            sb.append('_').append(clip(name2, length2));
        }
        return sb.append('_').append(label).toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} UTF-8 bytes without splitting a character. */
    private static String clip(String s, int maxBytes) {
        if (bytes(s) <= maxBytes) {
            return s;
        }
        int used = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
