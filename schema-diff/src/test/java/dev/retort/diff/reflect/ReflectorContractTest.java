package dev.retort.diff.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.diff.TableFilter;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every reflector owes its caller besides the model: the connection, errors, quiet logs. */
@ExtendWith(PostgresExtension.class)
class ReflectorContractTest {
    private static final ReflectRequest REQUEST =
            new ReflectRequest("public", Set.of(), TableFilter.all("retort_version"));

    static Stream<SchemaReflector> reflectors() {
        return Stream.of(new PostgresCatalogReflector(), new SchemaCrawlerReflector());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void leavesTheCallersConnectionOpenAndUsable(SchemaReflector reflector, TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id bigint PRIMARY KEY)");
        try (Connection connection = db.connect()) {
            assertEquals(1, reflector.reflect(connection, REQUEST).tables().size());

            assertFalse(connection.isClosed());
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
                assertTrue(rows.next());
            }
            assertTrue(connection.getAutoCommit());
        }
    }

    @Test
    void readsInsideTheCallersTransactionWithoutEndingIt(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE uncommitted (id bigint)");
            }
            assertEquals(1, new PostgresCatalogReflector().reflect(connection, REQUEST).tables().size());

            assertFalse(connection.getAutoCommit());
            connection.rollback();
            assertEquals(0, new PostgresCatalogReflector().reflect(connection, REQUEST).tables().size());
        }
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void reportsADatabaseErrorWhenTheConnectionIsGone(SchemaReflector reflector, TestDatabase db) throws SQLException {
        Connection connection = db.connect();
        connection.close();

        RetortException error = assertThrows(RetortException.class, () -> reflector.reflect(connection, REQUEST));
        assertEquals(ErrorKind.DATABASE, error.kind());
    }

    @Test
    void schemaCrawlerLogsNothingBelowWarning(TestDatabase db) throws SQLException {
        db.execute(FeatureSchema.SQL);
        List<String> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        List<Logger> loggers = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));
        for (Logger logger : loggers) {
            logger.addHandler(handler);
            logger.setUseParentHandlers(false);
        }
        try (Connection connection = db.connect()) {
            new SchemaCrawlerReflector().reflect(connection, new ReflectRequest("public", Set.of("other"),
                    TableFilter.all("retort_version")));
            Logger.getLogger("schemacrawler.retort.test").warning("a warning still gets through");
        } finally {
            for (Logger logger : loggers) {
                logger.removeHandler(handler);
                logger.setUseParentHandlers(true);
            }
        }
        assertEquals(List.of("WARNING a warning still gets through"), records);
    }
}
