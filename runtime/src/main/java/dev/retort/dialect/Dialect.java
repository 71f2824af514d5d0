package dev.retort.dialect;

import dev.retort.ops.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything database-specific that running a migration needs: SQL for each operation, identifier
 * quoting, the version table and the lock that keeps two runners apart. One implementation per
 * database; no other code branches on the database product.
 */
public interface Dialect {

    /** A short name, for example {@code postgresql}. */
    String name();

    /** Whether this dialect handles the given JDBC URL. */
    boolean accepts(String jdbcUrl);

    /**
     * The statements that carry out an operation, in order. Names whose schema is null are
     * qualified with {@code defaultSchema}.
     */
    List<String> render(Operation operation, String defaultSchema);

    /** The identifier as it must appear in SQL: quoted only when it has to be. */
    String quote(String identifier);

    /** Whether DDL takes part in transactions, so that a failed migration can be rolled back whole. */
    boolean transactionalDdl();

    /** Makes the given schema the one that unqualified names in expressions resolve to, on this connection. */
    void useSchema(Connection connection, String schema) throws SQLException;

    /** Whether the table exists, asked in one quick query. */
    boolean tableExists(Connection connection, String schema, String table) throws SQLException;

    /** The statement that creates the version table if it does not exist yet. */
    String versionTableDdl(String schema, String table);

    /**
     * Takes a lock that only one migration runner per schema can hold, waiting for it if needed;
     * closing the returned handle releases it.
     */
    AutoCloseable lock(Connection connection, String schema) throws SQLException;

    /** The type knowledge the differ and the code generator need. */
    TypeRules types();

    /** The names the database gives to constraints created without a name. */
    NamingRules naming();
}
