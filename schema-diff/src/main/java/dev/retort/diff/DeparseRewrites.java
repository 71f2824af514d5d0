package dev.retort.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Other spellings of a reflected expression for where PostgreSQL does not parse its own output back
 * into the same tree, so that re-creating the reflected text stores (and {@code pg_dump} prints)
 * something else. Two such shapes are known:
 * <ul>
 *   <li>an array cast to another element type, {@code (ARRAY['A'::character varying, ...])::text[]},
 *       which is what {@code varchar_column IN ('A', ...)} becomes: parsed again, the cast moves into
 *       every element. Spelled as the {@code IN} / {@code NOT IN} list it came from, as the same array
 *       with its element type written out, or (right of {@code ANY} / {@code ALL}) without the cast,
 *       which PostgreSQL adds again itself;</li>
 *   <li>a minus applied to a constant, {@code (- 1)}, which parsed again becomes the constant
 *       {@code '-1'::integer}. Spelled with the constant's type written out, or with the operator
 *       qualified, neither of which folds.</li>
 * </ul>
 * Each candidate applies one choice of spelling to every occurrence. None is right by construction:
 * a candidate may only be used once the server has shown that it stores the original text.
 */
final class DeparseRewrites {
    private static final int ARRAY_SPELLINGS = 3;
    private static final int NEGATION_SPELLINGS = 2;

    private DeparseRewrites() {
    }

    /** The candidates, most readable first, without the text itself; empty when no shape occurs. */
    static List<String> candidates(String text) {
        DeparsedText t = DeparsedText.of(text);
        List<ArrayCast> arrays = arrayCasts(t);
        List<Negation> negations = negations(t);
        if (arrays.isEmpty() && negations.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        for (int a = 0; a < (arrays.isEmpty() ? 1 : ARRAY_SPELLINGS); a++) {
            for (int n = 0; n < (negations.isEmpty() ? 1 : NEGATION_SPELLINGS); n++) {
                List<Edit> edits = new ArrayList<>();
                for (ArrayCast array : arrays) {
                    array.edit(a).ifPresent(edits::add);
                }
                for (Negation negation : negations) {
                    edits.add(negation.edit(n));
                }
                String candidate = apply(text, edits);
                if (!candidate.equals(text)) {
                    candidates.add(candidate);
                }
            }
        }
        return List.copyOf(candidates);
    }

    /** Replaces {@code [start, end)} of the text. */
    private record Edit(int start, int end, String replacement) {
    }

    /** Applies the edits left to right; one that overlaps an edit already applied is left out. */
    private static String apply(String text, List<Edit> edits) {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> -e.end()));
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (Edit edit : ordered) {
            if (edit.start() < position) {
                continue;
            }
            out.append(text, position, edit.start()).append(edit.replacement());
            position = edit.end();
        }
        return out.append(text.substring(position)).toString();
    }

    /**
     * {@code (ARRAY[e1, e2, ...])::type[]}: tokens {@code open} (the parenthesis before ARRAY),
     * {@code close} (the bracket after the last element) and {@code end} (after the cast).
     */
    private record ArrayCast(DeparsedText t, int open, int close, int end) {

        Optional<Edit> edit(int preference) {
            for (int k = 0; k < ARRAY_SPELLINGS; k++) {
                int spelling = (preference + k) % ARRAY_SPELLINGS;
                Optional<Edit> edit = spelling == 0 ? asList() : spelling == 1 ? typed() : uncast();
                if (edit.isPresent()) {
                    return edit;
                }
            }
            return Optional.empty();
        }

        /** {@code (lhs)::text = ANY ((ARRAY[...])::text[])} as {@code lhs IN (...)}; {@code <> ALL} as NOT IN. */
        private Optional<Edit> asList() {
            int operator = open - 3;
            int groupClose = end + 1;
            if (!quantified() || !t.is(groupClose, ")") || t.match(groupClose) < 0) {
                return Optional.empty();
            }
            String op = t.token(operator).text();
            boolean any = t.token(open - 2).isWord("ANY");
            String keyword = op.equals("=") && any ? "IN" : op.equals("<>") && !any ? "NOT IN" : null;
            int groupOpen = t.match(groupClose);
            if (keyword == null || groupOpen + 1 >= operator) {
                return Optional.empty();
            }
            List<String> elements = new ArrayList<>();
            for (int[] element : elements()) {
                elements.add(bareLiteral(element[0], element[1]));
            }
            if (elements.isEmpty()) {
                return Optional.empty();
            }
            String lhs = uncastOperand(groupOpen + 1, operator);
            String replacement = lhs + " " + keyword + " (" + String.join(", ", elements) + ")";
            return Optional.of(new Edit(t.token(groupOpen + 1).start(), t.token(end).end(), replacement));
        }

        /** {@code (ARRAY['a'::varchar])::text[]} as {@code (ARRAY['a'::varchar]::varchar[])::text[]}. */
        private Optional<Edit> typed() {
            String type = null;
            List<int[]> elements = elements();
            for (int[] element : elements) {
                String elementType = castType(element[0], element[1]);
                if (elementType == null || type != null && !type.equals(elementType)) {
                    return Optional.empty();
                }
                type = elementType;
            }
            if (type == null) {
                return Optional.empty();
            }
            String replacement = "(" + t.text(open + 1, close + 1) + "::" + type + "[])::" + t.text(close + 3, end);
            return Optional.of(new Edit(t.token(open).start(), t.token(end - 1).end(), replacement));
        }

        /** Right of ANY or ALL: the array without the cast, which the server puts back. */
        private Optional<Edit> uncast() {
            if (!quantified()) {
                return Optional.empty();
            }
            return Optional.of(new Edit(t.token(open).start(), t.token(end - 1).end(), t.text(open + 1, close + 1)));
        }

        /** Whether the array is the right side of {@code op ANY (...)} or {@code op ALL (...)}. */
        private boolean quantified() {
            DeparsedText.Token quantifier = t.token(open - 2);
            return t.is(open - 1, "(") && t.match(open - 1) == end && quantifier != null
                    && (quantifier.isWord("ANY") || quantifier.isWord("ALL"))
                    && t.token(open - 3) != null && t.token(open - 3).kind() == DeparsedText.Kind.OPERATOR;
        }

        /** The elements as token ranges {@code [from, to)}. */
        private List<int[]> elements() {
            List<int[]> ranges = new ArrayList<>();
            int from = open + 3;
            if (from >= close) {
                return ranges;
            }
            for (int comma : t.commas(from, close)) {
                ranges.add(new int[] {from, comma});
                from = comma + 1;
            }
            ranges.add(new int[] {from, close});
            return ranges;
        }

        /** The type of a cast that ends at {@code to}, or null. */
        private String castType(int from, int to) {
            int cast = topLevelCast(from, to);
            return cast < 0 ? null : t.text(cast + 1, to);
        }

        /** {@code 'a'::character varying} or {@code ('a')::text} as {@code 'a'}; anything else as it is. */
        private String bareLiteral(int from, int to) {
            int cast = topLevelCast(from, to);
            if (cast == from + 1 && t.token(from).literal()) {
                return t.token(from).text();
            }
            if (cast == from + 3 && t.is(from, "(") && t.match(from) == from + 2 && t.token(from + 1).literal()) {
                return t.token(from + 1).text();
            }
            return t.text(from, to);
        }

        /** {@code (x)::text} or {@code x::text} as {@code x}; anything else as it is. */
        private String uncastOperand(int from, int to) {
            int cast = topLevelCast(from, to);
            if (cast == from + 1 && t.token(from).kind() != DeparsedText.Kind.SYMBOL) {
                return t.token(from).text();
            }
            if (cast > from && t.is(from, "(") && t.match(from) == cast - 1) {
                return t.text(from + 1, cast - 1);
            }
            return t.text(from, to);
        }

        /** The index of a {@code ::} at the top level of {@code [from, to)} whose type reaches {@code to}, or -1. */
        private int topLevelCast(int from, int to) {
            for (int i = from; i < to; i++) {
                if ((t.is(i, "(") || t.is(i, "[")) && t.match(i) > i) {
                    i = t.match(i);
                } else if (t.is(i, "::") && t.typeEnd(i + 1) == to && to > i + 1) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static List<ArrayCast> arrayCasts(DeparsedText t) {
        List<ArrayCast> found = new ArrayList<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.is(i, "(") || !t.token(i + 1).isWord("ARRAY") || !t.is(i + 2, "[")) {
                continue;
            }
            int close = t.match(i + 2);
            if (close < 0 || !t.is(close + 1, ")") || t.match(i) != close + 1 || !t.is(close + 2, "::")) {
                continue;
            }
            int end = t.typeEnd(close + 3);
            if (end > close + 3 && t.is(end - 1, "]")) {
                found.add(new ArrayCast(t, i, close, end));
            }
        }
        return found;
    }

    /** {@code (- 5)}: the minus at {@code minus}, the number after it. */
    private record Negation(DeparsedText t, int minus) {

        Edit edit(int spelling) {
            DeparsedText.Token number = t.token(minus + 1);
            if (spelling == 0) {
                boolean integral = number.text().chars().allMatch(Character::isDigit);
                return new Edit(number.start(), number.end(), number.text() + (integral ? "::integer" : "::numeric"));
            }
            DeparsedText.Token operator = t.token(minus);
            return new Edit(operator.start(), operator.end(), "OPERATOR(pg_catalog.-)");
        }
    }

    private static List<Negation> negations(DeparsedText t) {
        List<Negation> found = new ArrayList<>();
        for (int i = 0; i + 3 < t.size(); i++) {
            if (t.is(i, "(") && t.is(i + 1, "-") && t.token(i + 2).kind() == DeparsedText.Kind.NUMBER
                    && t.is(i + 3, ")") && t.match(i) == i + 3) {
                found.add(new Negation(t, i + 1));
            }
        }
        return found;
    }
}
