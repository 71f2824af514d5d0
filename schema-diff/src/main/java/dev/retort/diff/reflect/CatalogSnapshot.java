package dev.retort.diff.reflect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the statements of one reflection see a single snapshot of the catalogue, so that a table
 * created or altered meanwhile cannot leave its columns and its constraints out of step. On a
 * connection in autocommit mode it opens a read-only repeatable-read transaction and, on close, ends it
 * and gives the connection back in autocommit mode; inside the caller's own transaction it changes
 * nothing.
 */
final class CatalogSnapshot implements AutoCloseable {
    private final Connection connection;
    private final boolean owned;
    private boolean done;

    private CatalogSnapshot(Connection connection, boolean owned) {
        this.connection = connection;
        this.owned = owned;
    }

    static CatalogSnapshot open(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            return new CatalogSnapshot(connection, false);
        }
        connection.setAutoCommit(false);
        CatalogSnapshot snapshot = new CatalogSnapshot(connection, true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        } catch (SQLException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
        return snapshot;
    }

    /** Ends the transaction normally; without this, {@link #close()} rolls it back. */
    void finish() throws SQLException {
        if (owned) {
            connection.commit();
        }
        done = true;
    }

    @Override
    public void close() throws SQLException {
        if (!owned) {
            return;
        }
        try {
            if (!done) {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
