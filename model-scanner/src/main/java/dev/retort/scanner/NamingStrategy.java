package dev.retort.scanner;

/** How entity and attribute names become table and column names. */
public enum NamingStrategy {
    /** Hibernate's defaults: names as written in Java, join tables named after both tables. */
    JPA,
    /**
     * Spring Boot's defaults: camel case to snake case ({@code createdAt} becomes {@code created_at}),
     * join tables named {@code <owning table>_<property>}.
     */
    SPRING
}
