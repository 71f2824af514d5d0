package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** SQL text split into tokens the way PostgreSQL's lexer sees them: quoted names, strings, brackets. */
final class SqlTokens {
    /**
     * One lexical token of the text: a word (keyword, identifier, number), a quoted identifier, a
     * string, a bracket or an operator, with the bracket (and CASE ... END) depth it sits at.
     */
    record Token(String text, int start, int end, Kind kind, int depth) {
        enum Kind { WORD, QUOTED_NAME, STRING, OPEN, CLOSE, OPERATOR }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        /** The word folded to lower case, or "" for other tokens. */
        String word() {
            return kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : "";
        }
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int depth;
    private int at;

    private SqlTokens(String text) {
        this.text = text;
    }

    /**
     * The tokens of the text.
     *
     * @throws ColumnDefinition.Unreadable when a quote or bracket is not closed, or the text holds a comment
     */
    static List<Token> of(String text) {
        SqlTokens lexer = new SqlTokens(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (at < text.length()) {
            char c = text.charAt(at);
            int start = at;
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '-' && next() == '-') {
                throw new ColumnDefinition.Unreadable("holds an SQL comment");
            } else if (c == '/' && next() == '*') {
                throw new ColumnDefinition.Unreadable("holds an SQL comment");
            } else if (c == '\'') {
                at = closingQuote(start, '\'', false);
                add(start, Token.Kind.STRING);
            } else if (c == '"') {
                at = closingQuote(start, '"', false);
                add(start, Token.Kind.QUOTED_NAME);
            } else if (c == '$' && dollarTag(start) != null) {
                String tag = dollarTag(start);
                int close = text.indexOf(tag, start + tag.length());
                if (close < 0) {
                    throw new ColumnDefinition.Unreadable("does not close a $-quoted string");
                }
                at = close + tag.length();
                add(start, Token.Kind.STRING);
            } else if (Character.isDigit(c)) {
                at = numberEnd(start);
                add(start, Token.Kind.WORD);
            } else if (isWordPart(c)) {
                while (at < text.length() && isWordPart(text.charAt(at))) {
                    at++;
                }
                prefixedQuoteOrWord(start);
            } else if (c == '(' || c == '[') {
                at++;
                add(start, Token.Kind.OPEN);
                depth++;
            } else if (c == ')' || c == ']') {
                if (--depth < 0) {
                    throw new ColumnDefinition.Unreadable("closes a bracket it never opened");
                }
                at++;
                add(start, Token.Kind.CLOSE);
            } else {
                at++;
                while (at < text.length() && isOperatorPart(text.charAt(at)) && !startsComment(at)) {
                    at++;
                }
                add(start, Token.Kind.OPERATOR);
            }
        }
        if (depth != 0) {
            throw new ColumnDefinition.Unreadable("leaves a bracket or CASE open");
        }
    }

    private void word(int start) {
        String word = text.substring(start, at).toLowerCase(Locale.ROOT);
        if (word.equals("end") && depth > 0 && lastOpen("case")) {
            depth--;
            add(start, Token.Kind.CLOSE);
        } else if (word.equals("case")) {
            add(start, Token.Kind.OPEN);
            depth++;
        } else {
            add(start, Token.Kind.WORD);
        }
    }

    /** Whether the innermost open bracket is a CASE. */
    private boolean lastOpen(String word) {
        int level = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.CLOSE) {
                level++;
            } else if (token.kind() == Token.Kind.OPEN) {
                if (level == 0) {
                    return token.text().equalsIgnoreCase(word);
                }
                level--;
            }
        }
        return false;
    }

    private void add(int start, Token.Kind kind) {
        tokens.add(new Token(text.substring(start, at), start, at, kind, depth));
    }

    private char next() {
        return at + 1 < text.length() ? text.charAt(at + 1) : 0;
    }

    private boolean startsComment(int i) {
        char c = text.charAt(i);
        char n = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        return c == '-' && n == '-' || c == '/' && n == '*';
    }

    /** The index after the quote that closes the one at {@code open}; doubled quotes (and, in E strings, backslashes) escape. */
    private int closingQuote(int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new ColumnDefinition.Unreadable("does not close a quote");
    }

    /** The {@code $tag$} opening a dollar-quoted string at {@code start}, or null. */
    private String dollarTag(int start) {
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            return null;
        }
        String tag = text.substring(start, i + 1);
        return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
    }

    /** {@code E'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}, {@code U&'...'}, {@code U&"..."}, or a plain word. */
    private void prefixedQuoteOrWord(int start) {
        String word = text.substring(start, at).toLowerCase(Locale.ROOT);
        char c = at < text.length() ? text.charAt(at) : 0;
        if (c == '\'' && Set.of("e", "b", "x", "n").contains(word)) {
            at = closingQuote(at, '\'', word.equals("e"));
            add(start, Token.Kind.STRING);
        } else if (c == '&' && word.equals("u") && at + 1 < text.length()
                && (text.charAt(at + 1) == '\'' || text.charAt(at + 1) == '"')) {
            char quote = text.charAt(at + 1);
            at = closingQuote(at + 1, quote, false);
            add(start, quote == '"' ? Token.Kind.QUOTED_NAME : Token.Kind.STRING);
        } else {
            word(start);
        }
    }

    /** The end of a numeric literal: digits, a decimal point, an exponent. */
    private int numberEnd(int start) {
        int i = start;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && Character.isDigit(text.charAt(j))) {
                i = j;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean isOperatorPart(char c) {
        return "+-*/<>=~!@#%^&|`?:".indexOf(c) >= 0;
    }
}
