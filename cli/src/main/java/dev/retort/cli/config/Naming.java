package dev.retort.cli.config;

/** The value of {@code retort.naming}. */
public enum Naming {
    /** Hibernate's defaults: Java names as they are. */
    JPA,
    /** Spring Boot's defaults: snake_case physical names, join tables named after the owning table. */
    SPRING
}
