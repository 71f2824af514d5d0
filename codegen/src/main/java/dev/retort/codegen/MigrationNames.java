package dev.retort.codegen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** Names for new migrations: the class name (which is also the file name) and the revision id. */
public final class MigrationNames {
    /** The longest the message part of a class name gets; longer messages are cut between words. */
    static final int MAX_WORDS_LENGTH = 40;
    /** The message part of a class name when the message has no letters or digits to use. */
    static final String FALLBACK_WORDS = "Revision";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);

    private MigrationNames() {
    }

    /**
     * A class name that sorts by creation time and says what the migration does:
     * {@code R20261201_073812_AddCustomerTable} for "add customer table" created at 07:38:12 UTC on
     * 1 December 2026. The message's words are CamelCased with accents stripped, everything else
     * dropped, and the result cut between words at 40 characters.
     */
    public static String className(Instant created, String message) {
        return "R" + TIMESTAMP.format(created) + "_" + words(message == null ? "" : message);
    }

    /** A fresh revision id: 12 lower-case hex characters (48 random bits). */
    public static String newRevisionId(RandomGenerator random) {
        return HexFormat.of().toHexDigits(random.nextLong()).substring(4);
    }

    private static String words(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['\u2019]", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                .replace("Đ", "D");
        StringBuilder name = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (name.length() + capitalised.length() > MAX_WORDS_LENGTH) {
                if (name.length() == 0) {
                    name.append(capitalised, 0, MAX_WORDS_LENGTH);
                }
                break;
            }
            name.append(capitalised);
        }
        return name.length() == 0 ? FALLBACK_WORDS : name.toString();
    }
}
