package dev.retort.dialect;

/** How a dialect spells, parses and compares SQL column types. */
public interface TypeRules {

    /** Parses a type as written in DDL or as the catalogue reports it. */
    SqlType parse(String type);

    /** The preferred DDL spelling of a parsed type. */
    String spell(SqlType type);

    /** The preferred spelling of a type, for generated code and DDL. */
    default String canonical(String type) {
        return spell(parse(type));
    }

    /**
     * Whether two types are the same for diffing: same base type, and the same arguments unless
     * only one side states them ({@code varchar} against {@code varchar(255)} counts as the same).
     */
    default boolean same(String a, String b) {
        return parse(a).sameAs(parse(b));
    }

    /**
     * Whether the database converts values between the two types without an explicit
     * {@code USING} expression.
     */
    boolean convertsImplicitly(SqlType from, SqlType to);
}
