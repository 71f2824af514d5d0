package dev.retort.bench;

/** The column types the generated entities use, with the Java field type that maps to each. */
public enum ColumnKind {
    VARCHAR("String"),
    TEXT("String"),
    INTEGER("Integer"),
    BIGINT("Long"),
    NUMERIC("BigDecimal"),
    BOOLEAN("Boolean"),
    TIMESTAMP("LocalDateTime"),
    DATE("LocalDate"),
    UUID("UUID");

    private final String javaType;

    ColumnKind(String javaType) {
        this.javaType = javaType;
    }

    /** The simple name of the Java type of a field of this kind. */
    public String javaType() {
        return javaType;
    }
}
