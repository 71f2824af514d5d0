package dev.retort.scanner;

import org.hibernate.boot.model.naming.Identifier;

/**
 * Names as PostgreSQL stores them: an unquoted identifier is folded to lower case (ASCII letters
 * only, as PostgreSQL does for UTF-8 databases); a quoted one is kept as written.
 */
final class StoredNames {
    private StoredNames() {
    }

    static String of(Identifier identifier) {
        return identifier == null ? null : of(identifier.getText(), identifier.isQuoted());
    }

    static String of(String text, boolean quoted) {
        return quoted ? text : fold(text);
    }

    /** A name as Hibernate writes it into DDL: quoted with backticks or double quotes, or bare. */
    static String ofDdlName(String name) {
        return name == null ? null : of(Identifier.toIdentifier(name));
    }

    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }
}
