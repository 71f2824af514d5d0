package dev.retort.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link ExpressionText}'s normal forms, remembered for the length of one diff: the same defaults
 * and conditions recur on thousands of tables.
 */
final class NormalisedText {
    private final Map<String, String> expressions = new HashMap<>();
    private final Map<String, String> conditions = new HashMap<>();

    String expression(String sql) {
        return expressions.computeIfAbsent(sql, ExpressionText::normalise);
    }

    String condition(String sql) {
        return conditions.computeIfAbsent(sql, ExpressionText::normaliseCondition);
    }

    boolean sameExpression(String a, String b) {
        return a.equals(b) || expression(a).equals(expression(b));
    }

    boolean sameCondition(String a, String b) {
        return a.equals(b) || condition(a).equals(condition(b));
    }
}
