package dev.retort.scanner;

import dev.retort.dialect.NamingRules;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.Column;

/**
 * Names as PostgreSQL stores what Hibernate writes: an unquoted identifier folded to lower case
 * (ASCII letters only, as PostgreSQL does for UTF-8 databases), a quoted one kept as written, and
 * both cut down to the identifier limit.
 */
final class StoredNames {
    private final NamingRules naming;

    StoredNames(NamingRules naming) {
        this.naming = naming;
    }

    String of(Identifier identifier) {
        return identifier == null ? null : truncate(identifier.isQuoted() ? identifier.getText() : fold(identifier.getText()));
    }

    String of(Column column) {
        return truncate(column.isQuoted() ? column.getName() : fold(column.getName()));
    }

    /** A constraint or index name as Hibernate writes it into DDL: quoted with backticks or double quotes, or bare. */
    String ofDdlName(String name) {
        return name == null ? null : of(Identifier.toIdentifier(name));
    }

    private String truncate(String name) {
        return name.length() * 3 <= naming.maxIdentifierLength() ? name : naming.truncate(name);
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
