package dev.retort.diff;

import dev.retort.dialect.SqlType;
import dev.retort.dialect.TypeRules;
import java.util.HashMap;
import java.util.Map;

/**
 * The dialect's type rules with a cache in front: schemas repeat a handful of type spellings
 * thousands of times, and parsing each one once keeps large diffs fast.
 */
final class TypeSpelling {
    private final TypeRules rules;
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, SqlType> parsed = new HashMap<>();

    TypeSpelling(TypeRules rules) {
        this.rules = rules;
    }

    /** The dialect's preferred spelling; a type the rules cannot parse is kept as written. */
    String canonical(String type) {
        return canonical.computeIfAbsent(type, t -> {
            try {
                return rules.canonical(t);
            } catch (RuntimeException unparseable) {
                return t.strip();
            }
        });
    }

    /** Same base type, and same modifiers once the database's defaults are filled in. */
    boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        SqlType left = parse(a);
        SqlType right = parse(b);
        return left != null && right != null ? left.sameAs(right) : a.strip().equalsIgnoreCase(b.strip());
    }

    boolean isSerial(String type) {
        return rules.isSerial(type);
    }

    String serialOf(String integerType) {
        try {
            return rules.serialOf(integerType);
        } catch (RuntimeException unparseable) {
            return null;
        }
    }

    String storageType(String type) {
        return rules.storageType(type);
    }

    private SqlType parse(String type) {
        return parsed.computeIfAbsent(type, t -> {
            try {
                return rules.comparable(rules.parse(t));
            } catch (RuntimeException unparseable) {
                return null;
            }
        });
    }
}
