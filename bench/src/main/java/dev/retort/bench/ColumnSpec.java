package dev.retort.bench;

/**
 * One generated column (and the entity field behind it).
 *
 * @param name      the column name, also the field name
 * @param kind      the type
 * @param length    the varchar length (0 for other kinds)
 * @param precision the numeric precision (0 for other kinds)
 * @param scale     the numeric scale
 * @param nullable  whether the column accepts nulls
 */
public record ColumnSpec(String name, ColumnKind kind, int length, int precision, int scale, boolean nullable) {

    public ColumnSpec withNullable(boolean value) {
        return new ColumnSpec(name, kind, length, precision, scale, value);
    }

    public ColumnSpec withLength(int value) {
        return new ColumnSpec(name, kind, value, precision, scale, nullable);
    }

    /** The PostgreSQL type as Hibernate writes it for this column. */
    public String sqlType() {
        return switch (kind) {
            case VARCHAR -> "varchar(" + length + ")";
            case TEXT -> "text";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric(" + precision + "," + scale + ")";
            case BOOLEAN -> "boolean";
            case TIMESTAMP -> "timestamp(6)";
            case DATE -> "date";
            case UUID -> "uuid";
        };
    }
}
