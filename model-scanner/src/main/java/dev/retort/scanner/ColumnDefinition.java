package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A column's SQL type as Hibernate writes it after the column name, read the way PostgreSQL reads
 * a column definition: the type first, then column clauses. {@code @Column(columnDefinition = ...)}
 * is copied verbatim into Hibernate's DDL, so {@code "varchar(20) default 'x' not null"} is a
 * {@code varchar(20)} column with a default and a NOT NULL constraint, not a type of that name.
 *
 * @param type         the type, exactly as written when the text has no clauses; serial types in
 *                     their {@code serial}/{@code bigserial}/{@code smallserial} spelling
 * @param defaultValue the DEFAULT expression, or null
 * @param nullable     TRUE for an explicit NULL, FALSE for NOT NULL (always for serial types), null when unsaid
 * @param collation    the COLLATE name as written, or null
 */
record ColumnDefinition(String type, String defaultValue, Boolean nullable, String collation) {
    private static final Map<String, String> SERIALS = Map.of("serial", "serial", "serial4", "serial",
            "bigserial", "bigserial", "serial8", "bigserial", "smallserial", "smallserial", "serial2", "smallserial");
    /** Words that end a preceding expression rather than close an operand, so a keyword after them is no clause. */
    private static final Set<String> CONTINUING = Set.of("is", "not", "distinct", "from", "and", "or", "when", "then",
            "else", "like", "in", "between", "similar", "escape", "overlaps");
    private static final Set<String> CLAUSES = Set.of("default", "null", "not", "collate", "constraint", "primary",
            "unique", "check", "references", "generated", "deferrable", "initially", "compression", "storage");

    /**
     * A column definition PostgreSQL would reject, or one with a clause the model cannot hold; the
     * message continues "the columnDefinition ... ", e.g. {@code declares PRIMARY KEY, ...}.
     */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Whether the type is one of PostgreSQL's serial shorthands. */
    boolean serial() {
        return SERIALS.containsValue(type);
    }

    /**
     * Splits a column's SQL type into type and clauses.
     *
     * @throws Unreadable when the text cannot be read, has no type, or declares a constraint or
     *                    generation clause that the JPA/Hibernate annotations must declare instead
     */
    static ColumnDefinition parse(String text) {
        List<SqlTokens.Token> tokens = SqlTokens.of(text);
        List<Integer> starts = clauseStarts(tokens);
        if (starts.isEmpty()) {
            return withSerial(text, null, null, null);
        }
        String type = text.substring(0, tokens.get(starts.get(0)).start()).strip();
        if (type.isEmpty()) {
            throw new Unreadable("does not start with a type");
        }
        String defaultValue = null;
        Boolean nullable = null;
        String collation = null;
        for (int k = 0; k < starts.size(); k++) {
            int first = starts.get(k);
            int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : tokens.size() - 1;
            SqlTokens.Token keyword = tokens.get(first);
            String rest = first == last ? "" : text.substring(tokens.get(first + 1).start(), tokens.get(last).end()).strip();
            switch (keyword.word()) {
                case "default":
                    if (defaultValue != null || rest.isEmpty()) {
                        throw new Unreadable(rest.isEmpty() ? "has DEFAULT without an expression" : "has two DEFAULT clauses");
                    }
                    defaultValue = rest;
                    break;
                case "null":
                    nullable = nullability(nullable, true, rest, "NULL");
                    break;
                case "not":
                    if (!tokens.get(first + 1).word().equals("null")) {
                        throw unsupported("NOT " + tokens.get(first + 1).text().toUpperCase(Locale.ROOT));
                    }
                    String after = first + 1 == last ? ""
                            : text.substring(tokens.get(first + 2).start(), tokens.get(last).end()).strip();
                    nullable = nullability(nullable, false, after, "NOT NULL");
                    break;
                case "collate":
                    if (collation != null || rest.isEmpty()) {
                        throw new Unreadable(rest.isEmpty() ? "has COLLATE without a collation" : "has two COLLATE clauses");
                    }
                    collation = rest;
                    break;
                default:
                    throw unsupported(keyword.text().toUpperCase(Locale.ROOT));
            }
        }
        return withSerial(type, defaultValue, nullable, collation);
    }

    /** {@code DEFAULT NULL}: PostgreSQL stores no default for it. */
    private static boolean isNull(String expression) {
        return expression != null && expression.matches("(?i)null(\\s*::\\s*[a-z_][a-z0-9_ ]*(\\(\\d+(,\\s*\\d+)?\\))?)?");
    }

    private static ColumnDefinition withSerial(String type, String defaultValue, Boolean nullable, String collation) {
        String serial = SERIALS.get(type.strip().toLowerCase(Locale.ROOT));
        if (serial == null) {
            return new ColumnDefinition(type, isNull(defaultValue) ? null : defaultValue, nullable, collation);
        }
        if (defaultValue != null) {
            throw new Unreadable("makes a " + serial + " column, which takes its default from its own sequence:"
                    + " remove the DEFAULT clause");
        }
        if (Boolean.TRUE.equals(nullable)) {
            throw new Unreadable("makes a " + serial + " column, which is always NOT NULL: remove the NULL clause");
        }
        return new ColumnDefinition(serial, null, false, collation);
    }

    private static Boolean nullability(Boolean said, boolean nullable, String rest, String clause) {
        if (!rest.isEmpty()) {
            throw new Unreadable("has unexpected '" + rest + "' after " + clause);
        }
        if (said != null && said != nullable) {
            throw new Unreadable("says both NULL and NOT NULL");
        }
        return nullable;
    }

    private static Unreadable unsupported(String clause) {
        String instead;
        switch (clause) {
            case "PRIMARY":
                clause = "PRIMARY KEY";
                instead = "@Id";
                break;
            case "UNIQUE":
                instead = "@Column(unique = true) or @Table(uniqueConstraints = ...)";
                break;
            case "CHECK":
                instead = "@Column(check = @CheckConstraint(...)) or @Check";
                break;
            case "REFERENCES":
                instead = "@ManyToOne/@OneToOne with @JoinColumn";
                break;
            case "GENERATED":
                instead = "@GeneratedValue(strategy = GenerationType.IDENTITY) for identity columns or"
                        + " @Generated with @GeneratedColumn for generated columns";
                break;
            case "COMPRESSION":
            case "STORAGE":
                return new Unreadable("sets " + clause + ", which Retort does not model: remove it");
            default:
                instead = "@Id, @Column(unique = true), @Column(check = @CheckConstraint(...)) or @ManyToOne";
                break;
        }
        return new Unreadable("declares " + clause + ", which Retort does not read from a columnDefinition: use "
                + instead + " instead");
    }

    /**
     * Where the clauses start: a clause keyword at depth 0 that follows an operand (so that
     * {@code 1 + null} or {@code is null} stay inside an expression), never the first word of a
     * DEFAULT expression, and {@code not} only before {@code null} or {@code deferrable}.
     */
    private static List<Integer> clauseStarts(List<SqlTokens.Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        int defaultAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token token = tokens.get(i);
            if (token.depth() != 0 || !token.isWord() || !CLAUSES.contains(token.word()) || defaultAt >= 0 && i == defaultAt + 1) {
                continue;
            }
            if (i > 0 && !endsOperand(tokens.get(i - 1))) {
                continue;
            }
            if (token.word().equals("not")) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
                if (!next.equals("null") && !next.equals("deferrable")) {
                    continue;
                }
            }
            starts.add(i);
            if (token.word().equals("default")) {
                defaultAt = i;
            }
            if (token.word().equals("not")) {
                i++;
            }
        }
        return starts;
    }

    /** Whether a token can close an operand, so that a clause keyword may follow it. */
    private static boolean endsOperand(SqlTokens.Token token) {
        switch (token.kind()) {
            case WORD:
                return !CONTINUING.contains(token.word()) && !CLAUSES.contains(token.word()) || token.word().equals("null");
            case QUOTED_NAME:
            case STRING:
            case CLOSE:
                return true;
            default:
                return false;
        }
    }
}
