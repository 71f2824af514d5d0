package dev.retort.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises SQL expression text (defaults, check conditions, index predicates) so that the
 * spellings PostgreSQL prints and the spellings people write compare equal when they obviously mean
 * the same: case of keywords and unquoted names, whitespace, redundant parentheses, casts on literals
 * ({@code 'A'::character varying}), the casts to a string type PostgreSQL puts on names
 * ({@code (status)::text}), typed literals ({@code date '2020-01-01'}), numbers written as strings
 * ({@code '-1'::integer}), {@code E''} escapes and the {@code CHECK (...)} wrapper. Any other cast on a
 * name changes the value ({@code starts::date}, {@code nights::integer}) and stays. Equal normalised
 * text means the same expression; different text means "cannot tell", never "certainly different".
 */
final class ExpressionText {

    /** Which casts on names normalisation removes. */
    enum NameCasts {
        /** Casts to an unmodified string type, as PostgreSQL adds them; for text people wrote. */
        STRING_TYPES,
        /** None: for comparing two texts PostgreSQL printed for the same column types. */
        NONE
    }

    enum Kind { STRING, NUMBER, WORD, QUOTED, SYMBOL }

    /** One lexical token; STRING holds the decoded value, QUOTED the identifier without quotes. */
    record Token(Kind kind, String text) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equals(symbol);
        }

        boolean operand() {
            return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private static final Pattern NUMERIC = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> TYPED_LITERAL_PREFIXES = Set.of("date", "time", "timestamp", "timestamptz",
            "interval", "text", "varchar", "numeric", "integer", "int", "bigint", "boolean", "bool", "json", "jsonb",
            "uuid", "bytea");
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time",
            "zone");
    /** String types PostgreSQL casts names to (with no length) so that a string operator applies. */
    private static final Set<String> STRING_CASTS = Set.of("text", "varchar", "character varying", "bpchar",
            "character", "char");
    private static final Set<String> LITERAL_WORDS = Set.of("null", "true", "false");
    private static final String OPERATOR_CHARS = "<>=!~@#%^&|*/`?";

    private ExpressionText() {
    }

    /** The comparable form of an expression. */
    static String normalise(String sql) {
        return render(normalisedTokens(sql));
    }

    /** The comparable form of an expression, keeping every cast on a name. */
    static String normalise(String sql, NameCasts nameCasts) {
        return render(normaliseTokens(tokenize(sql), nameCasts));
    }

    /** The comparable form of a check condition, with or without the {@code CHECK (...)} wrapper. */
    static String normaliseCondition(String sql) {
        return normaliseCondition(sql, NameCasts.STRING_TYPES);
    }

    /** {@link #normaliseCondition(String)}, removing only the given casts on names. */
    static String normaliseCondition(String sql, NameCasts nameCasts) {
        List<Token> tokens = tokenize(sql);
        if (tokens.size() > 1 && tokens.get(0).is("check") && tokens.get(1).is("(")) {
            tokens = new ArrayList<>(tokens.subList(1, tokens.size()));
        }
        tokens = dropTrailing(tokens, "not", "valid");
        tokens = dropTrailing(tokens, "no", "inherit");
        return render(normaliseTokens(tokens, nameCasts));
    }

    /** Whether the text holds a statement separator outside literals and quoted names. */
    static boolean hasStatementSeparator(String sql) {
        return tokenize(sql).stream().anyMatch(t -> t.kind() == Kind.SYMBOL && t.text().equals(";"));
    }

    /**
     * The sequence of a default that is exactly {@code nextval('name')} (any cast on the literal), as
     * {@code [schema, name]} with a null schema when unqualified.
     */
    static Optional<String[]> nextvalSequence(String sql) {
        List<Token> t = normalisedTokens(sql);
        if (t.size() != 4 || !t.get(0).is("nextval") || !t.get(1).is("(") || t.get(2).kind() != Kind.STRING
                || !t.get(3).is(")")) {
            return Optional.empty();
        }
        List<Token> parts = tokenize(t.get(2).text());
        if (parts.size() == 1 && parts.get(0).kind() != Kind.SYMBOL) {
            return Optional.of(new String[] {null, parts.get(0).text()});
        }
        if (parts.size() == 3 && parts.get(1).is(".") && parts.get(0).kind() != Kind.SYMBOL
                && parts.get(2).kind() != Kind.SYMBOL) {
            return Optional.of(new String[] {parts.get(0).text(), parts.get(2).text()});
        }
        return Optional.empty();
    }

    static List<Token> normalisedTokens(String sql) {
        return normaliseTokens(tokenize(sql), NameCasts.STRING_TYPES);
    }

    private static List<Token> normaliseTokens(List<Token> tokens, NameCasts nameCasts) {
        List<Token> out = dropTypedLiteralPrefixes(tokens);
        out = mergeSigns(out);
        out = stripCasts(out, nameCasts);
        out = numbersFromStrings(out);
        out = unwrapParentheses(out);
        return out;
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = string(sql, i + 1, true, tokens);
            } else if (c == '\'') {
                i = string(sql, i, false, tokens);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                int stop = end < 0 ? n : end;
                tokens.add(new Token(Kind.STRING, sql.substring(i + tag.length(), stop)));
                i = end < 0 ? n : end + tag.length();
            } else if (c == '"') {
                StringBuilder name = new StringBuilder();
                i++;
                while (i < n) {
                    if (sql.charAt(i) == '"') {
                        if (i + 1 < n && sql.charAt(i + 1) == '"') {
                            name.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    name.append(sql.charAt(i++));
                }
                String text = name.toString();
                tokens.add(PLAIN_NAME.matcher(text).matches() ? new Token(Kind.WORD, text) : new Token(Kind.QUOTED, text));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int start = i;
                i = numberEnd(sql, i);
                tokens.add(new Token(Kind.NUMBER, sql.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                tokens.add(new Token(Kind.SYMBOL, "::"));
                i += 2;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int start = i;
                while (i < n && OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0
                        && !(sql.charAt(i) == '/' && i + 1 < n && sql.charAt(i + 1) == '*')) {
                    i++;
                }
                tokens.add(new Token(Kind.SYMBOL, sql.substring(start, i)));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Reads the string literal whose opening quote is at {@code quote}, unescaping doubled quotes
     * and, in {@code E'...'} strings, backslash escapes.
     */
    private static int string(String sql, int quote, boolean backslashEscapes, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = quote + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\' && i + 1 < sql.length()) {
                char e = sql.charAt(i + 1);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    default -> value.append(e);
                }
                i += 2;
                continue;
            }
            if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            value.append(c);
            i++;
        }
        tokens.add(new Token(Kind.STRING, value.toString()));
        return i;
    }

    /** Where the numeric literal starting at {@code start} ends (digits, a point, an exponent). */
    static int numberEnd(String sql, int start) {
        int i = start;
        int n = sql.length();
        while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(sql.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null. */
    static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, j + 1);
        }
        return null;
    }

    private static List<Token> dropTrailing(List<Token> tokens, String first, String second) {
        int n = tokens.size();
        if (n >= 2 && tokens.get(n - 2).is(first) && tokens.get(n - 1).is(second)) {
            return new ArrayList<>(tokens.subList(0, n - 2));
        }
        return tokens;
    }

    /** {@code date '2020-01-01'} becomes {@code '2020-01-01'}. */
    private static List<Token> dropTypedLiteralPrefixes(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean prefix = t.kind() == Kind.WORD && TYPED_LITERAL_PREFIXES.contains(t.text())
                    && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.STRING;
            if (!prefix) {
                out.add(t);
            }
        }
        return out;
    }

    /** A minus or plus right before a number, where no operand precedes it, becomes part of the number. */
    private static List<Token> mergeSigns(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean sign = (t.is("-") || t.is("+")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Kind.NUMBER;
            if (sign) {
                Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean unary = previous == null
                        || previous.kind() == Kind.SYMBOL && !previous.is(")") && !previous.is("]");
                if (unary) {
                    String digits = tokens.get(i + 1).text();
                    out.add(new Token(Kind.NUMBER, t.is("-") ? "-" + digits : digits));
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Removes {@code ::type} after a literal, and after a single name when {@code nameCasts} allows
     * that cast, unwrapping {@code (x)::type} to {@code x}.
     */
    private static List<Token> stripCasts(List<Token> tokens, NameCasts nameCasts) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is("::") && castableOperand(out) && (!isName(castOperand(out))
                    || nameCasts == NameCasts.STRING_TYPES && isStringCast(tokens, i + 1))) {
                if (out.get(out.size() - 1).is(")")) {
                    Token inner = out.get(out.size() - 2);
                    out.remove(out.size() - 1);
                    out.remove(out.size() - 1);
                    out.set(out.size() - 1, inner);
                }
                i = skipType(tokens, i + 1);
                continue;
            }
            out.add(t);
            i++;
        }
        return out;
    }

    /** The single operand before {@code ::}, bare or in parentheses ({@link #castableOperand} holds). */
    private static Token castOperand(List<Token> out) {
        Token last = out.get(out.size() - 1);
        return last.is(")") ? out.get(out.size() - 2) : last;
    }

    /** A column (or other) name rather than a literal. */
    private static boolean isName(Token operand) {
        return operand.kind() == Kind.QUOTED
                || operand.kind() == Kind.WORD && !LITERAL_WORDS.contains(operand.text());
    }

    /** Whether the type starting at {@code start} is a string type without modifiers, or an array of one. */
    private static boolean isStringCast(List<Token> tokens, int start) {
        int end = skipType(tokens, start);
        StringBuilder base = new StringBuilder();
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (t.is("[") || t.is("]") || t.kind() == Kind.NUMBER && i > start && tokens.get(i - 1).is("[")) {
                continue;
            }
            if (t.kind() != Kind.WORD) {
                return false;
            }
            base.append(base.isEmpty() ? "" : " ").append(t.text());
        }
        return STRING_CASTS.contains(base.toString());
    }

    private static boolean castableOperand(List<Token> out) {
        if (out.isEmpty()) {
            return false;
        }
        Token last = out.get(out.size() - 1);
        if (last.operand()) {
            return true;
        }
        if (last.is(")") && out.size() >= 3 && out.get(out.size() - 3).is("(") && out.get(out.size() - 2).operand()) {
            Token before = out.size() >= 4 ? out.get(out.size() - 4) : null;
            return before == null || !(before.kind() == Kind.WORD || before.kind() == Kind.QUOTED);
        }
        return false;
    }

    /** The index after a type name: words, dots, modifiers in parentheses, time zone words, array brackets. */
    private static int skipType(List<Token> tokens, int start) {
        int i = start;
        if (i < tokens.size() && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.QUOTED)) {
            i++;
        } else {
            return i;
        }
        while (i + 1 < tokens.size() && tokens.get(i).is(".")
                && (tokens.get(i + 1).kind() == Kind.WORD || tokens.get(i + 1).kind() == Kind.QUOTED)) {
            i += 2;
        }
        i = skipContinuations(tokens, i);
        if (i < tokens.size() && tokens.get(i).is("(")) {
            int depth = 0;
            while (i < tokens.size()) {
                if (tokens.get(i).is("(")) {
                    depth++;
                } else if (tokens.get(i).is(")")) {
                    depth--;
                    if (depth == 0) {
                        i++;
                        break;
                    }
                }
                i++;
            }
        }
        i = skipContinuations(tokens, i);
        while (i < tokens.size() && tokens.get(i).is("[")) {
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).kind() == Kind.NUMBER) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).is("]")) {
                i = j + 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipContinuations(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).kind() == Kind.WORD && TYPE_CONTINUATIONS.contains(tokens.get(i).text())) {
            i++;
        }
        return i;
    }

    private static List<Token> numbersFromStrings(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.kind() == Kind.STRING && NUMERIC.matcher(t.text()).matches()) {
                String text = t.text().startsWith("+") ? t.text().substring(1) : t.text();
                out.add(new Token(Kind.NUMBER, text));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Drops parentheses around the whole expression, around single operands and doubled ones. */
    private static List<Token> unwrapParentheses(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] match = matches(out);
            for (int open = 0; open < out.size(); open++) {
                if (!out.get(open).is("(") || match[open] < 0) {
                    continue;
                }
                int close = match[open];
                Token before = open > 0 ? out.get(open - 1) : null;
                boolean call = before != null && (before.kind() == Kind.WORD || before.kind() == Kind.QUOTED
                        || before.is(")") || before.is("]"));
                boolean whole = open == 0 && close == out.size() - 1;
                boolean single = close == open + 2 && out.get(open + 1).operand();
                boolean doubled = out.get(open + 1).is("(") && match[open + 1] == close - 1;
                if (whole || (!call && (single || doubled))) {
                    out.remove(close);
                    out.remove(open);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    private static int[] matches(List<Token> tokens) {
        int[] match = new int[tokens.size()];
        Arrays.fill(match, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                open.push(i);
            } else if (tokens.get(i).is(")") && !open.isEmpty()) {
                match[open.pop()] = i;
            }
        }
        return match;
    }

    private static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            switch (t.kind()) {
                case STRING -> sb.append('\'').append(t.text().replace("'", "''")).append('\'');
                case QUOTED -> sb.append('"').append(t.text().replace("\"", "\"\"")).append('"');
                default -> sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
