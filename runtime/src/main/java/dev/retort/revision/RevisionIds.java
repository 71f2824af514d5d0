package dev.retort.revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** The rules for revision ids, and the generator of new ones (12 lower-case hex characters). */
public final class RevisionIds {
    /** The longest id the version table column ({@code varchar(64)}) holds. */
    public static final int MAX_LENGTH = 64;
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    /** A fresh random id such as {@code 3f9a0c12b7e4}. */
    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Why the text cannot be a revision id, or null when it can. */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "a revision id must not be empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "revision id '" + id + "' is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == ':' || c == '@' || c == '+' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "revision id '" + id + "' contains '" + describe(c)
                        + "'; ids must not contain ':', '@', '+' or whitespace";
            }
        }
        if (id.startsWith("-")) {
            return "revision id '" + id + "' starts with '-', which reads as a relative target";
        }
        if (RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return "revision id '" + id + "' is a reserved word (head, heads, base, current)";
        }
        return null;
    }

    private static String describe(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
