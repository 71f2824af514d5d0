package dev.retort.diff.reflect;

/**
 * How a reflector writes a serial column: as {@code serial}, {@code bigserial} or {@code smallserial}
 * (by its integer type) without the {@code nextval} default, so that re-creating it from the model
 * creates its sequence again, as {@code CREATE TABLE} with that type does.
 */
final class SerialColumns {
    private SerialColumns() {
    }

    /** The serial spelling of a column's {@code format_type}. */
    static String type(String integerType) {
        switch (integerType) {
            case "bigint":
                return "bigserial";
            case "smallint":
                return "smallserial";
            case "integer":
                return "serial";
            default:
                throw new IllegalStateException("a serial column of type " + integerType);
        }
    }
}
