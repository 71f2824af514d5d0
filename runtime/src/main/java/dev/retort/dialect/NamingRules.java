package dev.retort.dialect;

import java.util.List;
import java.util.Set;

/**
 * The names a database gives to constraints created without one. Retort never emits an unnamed
 * constraint: where the entities give no name, it writes the name the database would have chosen,
 * so that a schema created by Hibernate's DDL and one created by Retort's migrations are identical.
 */
public interface NamingRules {

    /** The longest identifier the database keeps, in bytes. */
    int maxIdentifierLength();

    /** The identifier as the database stores it when it is longer than the limit. */
    String truncate(String identifier);

    /** The name of an unnamed primary key. */
    String primaryKeyName(String table, Set<String> taken);

    /** The name of an unnamed unique constraint over the given columns. */
    String uniqueName(String table, List<String> columns, Set<String> taken);

    /**
     * The name of an unnamed check constraint.
     *
     * @param column the only column the condition reads, or null when it reads several or none
     */
    String checkName(String table, String column, Set<String> taken);

    /** The name of an unnamed foreign key over the given columns. */
    String foreignKeyName(String table, List<String> columns, Set<String> taken);
}
