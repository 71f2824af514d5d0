package dev.retort.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An expression as PostgreSQL prints it, split into tokens that remember where they stand in the
 * text, with matching brackets paired up, so that parts of it can be replaced while everything else
 * keeps its exact spelling.
 */
final class DeparsedText {

    enum Kind { STRING, NUMBER, WORD, QUOTED, OPERATOR, SYMBOL }

    /** One token: {@code text} is its spelling in the source, {@code [start, end)} its place. */
    record Token(Kind kind, String text, int start, int end) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.OPERATOR) && text.equals(symbol);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean literal() {
            return kind == Kind.STRING || kind == Kind.NUMBER
                    || kind == Kind.WORD && LITERAL_WORDS.contains(text.toLowerCase(Locale.ROOT));
        }
    }

    private static final Set<String> LITERAL_WORDS = Set.of("null", "true", "false");
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time",
            "zone");
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private final String source;
    private final List<Token> tokens;
    private final int[] match;

    private DeparsedText(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
        this.match = pairBrackets(tokens);
    }

    static DeparsedText of(String sql) {
        return new DeparsedText(sql, tokenize(sql));
    }

    String source() {
        return source;
    }

    int size() {
        return tokens.size();
    }

    Token token(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    boolean is(int index, String symbol) {
        Token t = token(index);
        return t != null && t.is(symbol);
    }

    /** The index of the bracket that closes or opens the one at {@code index}, or -1. */
    int match(int index) {
        return index >= 0 && index < match.length ? match[index] : -1;
    }

    /** The source text of tokens {@code [from, to)}, spacing included. */
    String text(int from, int to) {
        return from >= to ? "" : source.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * The end (exclusive) of a type name starting at {@code start}: words, dots, modifiers in
     * parentheses, the words of {@code character varying} or {@code with time zone}, array brackets.
     * Returns {@code start} when no type starts there.
     */
    int typeEnd(int start) {
        Token first = token(start);
        if (first == null || first.kind() != Kind.WORD && first.kind() != Kind.QUOTED) {
            return start;
        }
        int i = start + 1;
        while (is(i, ".") && token(i + 1) != null
                && (token(i + 1).kind() == Kind.WORD || token(i + 1).kind() == Kind.QUOTED)) {
            i += 2;
        }
        i = continuations(i);
        if (is(i, "(") && match(i) > i) {
            i = match(i) + 1;
        }
        i = continuations(i);
        while (is(i, "[")) {
            int j = i + 1;
            if (token(j) != null && token(j).kind() == Kind.NUMBER) {
                j++;
            }
            if (!is(j, "]")) {
                break;
            }
            i = j + 1;
        }
        return i;
    }

    private int continuations(int i) {
        while (token(i) != null && token(i).kind() == Kind.WORD
                && TYPE_CONTINUATIONS.contains(token(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i;
    }

    /** The indexes of the top-level commas in {@code [from, to)}. */
    List<Integer> commas(int from, int to) {
        List<Integer> commas = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if ((is(i, "(") || is(i, "[")) && match(i) > i) {
                i = match(i);
            } else if (is(i, ",")) {
                commas.add(i);
            }
        }
        return commas;
    }

    private static int[] pairBrackets(List<Token> tokens) {
        int[] match = new int[tokens.size()];
        Arrays.fill(match, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[")) {
                open.push(i);
            } else if ((t.is(")") || t.is("]")) && !open.isEmpty()) {
                int opening = open.pop();
                if (tokens.get(opening).is("(") == t.is(")")) {
                    match[opening] = i;
                    match[i] = opening;
                }
            }
        }
        return match;
    }

    private static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = quoted(sql, i + 1, '\'', true);
                kind = Kind.STRING;
            } else if (c == '\'') {
                i = quoted(sql, i, '\'', false);
                kind = Kind.STRING;
            } else if (c == '"') {
                i = quoted(sql, i, '"', false);
                kind = Kind.QUOTED;
            } else if (c == '$' && ExpressionText.dollarTag(sql, i) != null) {
                String tag = ExpressionText.dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? n : end + tag.length();
                kind = Kind.STRING;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                i = ExpressionText.numberEnd(sql, i);
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                kind = Kind.WORD;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2;
                kind = Kind.SYMBOL;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                while (i < n && OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0) {
                    i++;
                }
                kind = Kind.OPERATOR;
            } else {
                i++;
                kind = Kind.SYMBOL;
            }
            tokens.add(new Token(kind, sql.substring(start, i), start, i));
        }
        return tokens;
    }

    /** The index after a literal or name quoted with {@code quote} that opens at {@code open}. */
    private static int quoted(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }
}
