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
     * The parsed type with the modifiers the database assumes when none are written filled in, so
     * that {@link SqlType#sameAs} sees {@code timestamp} and {@code timestamp(6)} as one type on
     * PostgreSQL. Types whose missing modifier means "unbounded" stay without.
     */
    default SqlType comparable(SqlType type) {
        return type;
    }

    /**
     * Whether two types are the same for diffing: same base type and the same modifiers once the
     * database's defaults are filled in ({@link #comparable}); {@code varchar} against
     * {@code varchar(255)} is a difference.
     */
    default boolean same(String a, String b) {
        return comparable(parse(a)).sameAs(comparable(parse(b)));
    }

    /**
     * Whether the type is an auto-incrementing integer that creates its own sequence (PostgreSQL's
     * {@code serial} family). Such a type compares as its integer type.
     */
    default boolean isSerial(String type) {
        return false;
    }

    /** The auto-incrementing spelling of an integer type ({@code bigint} to {@code bigserial}), or null. */
    default String serialOf(String integerType) {
        return null;
    }

    /** The type a column of this type stores: the integer type of a serial type, else the type itself. */
    default String storageType(String type) {
        return type;
    }

    /**
     * Whether the database converts values between the two types without an explicit
     * {@code USING} expression.
     */
    boolean convertsImplicitly(SqlType from, SqlType to);
}
