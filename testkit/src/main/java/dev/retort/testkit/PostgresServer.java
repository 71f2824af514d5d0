package dev.retort.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests of this JVM use, chosen once: the server named by
 * {@code RETORT_TEST_JDBC_URL} (with {@code RETORT_TEST_JDBC_USER} and {@code _PASSWORD}) when set;
 * otherwise a Testcontainers PostgreSQL when Docker is available; otherwise an embedded PostgreSQL.
 * Each test gets a database of its own on that server ({@link #createDatabase()}).
 * A server that cannot be had is an error, never a skipped test.
 */
public final class PostgresServer {
    public static final String URL_VARIABLE = "RETORT_TEST_JDBC_URL";
    public static final String USER_VARIABLE = "RETORT_TEST_JDBC_USER";
    public static final String PASSWORD_VARIABLE = "RETORT_TEST_JDBC_PASSWORD";

    private static PostgresServer instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String source;

    private PostgresServer(String adminUrl, String user, String password, String source) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.source = source;
    }

    /** The server for this JVM, started on first use. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static PostgresServer start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            String user = envOr(USER_VARIABLE, "postgres");
            String password = envOr(PASSWORD_VARIABLE, "");
            PostgresServer server = new PostgresServer(url, user, password, URL_VARIABLE + "=" + url);
            server.checkReachable();
            return server;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + container.getDockerImageName());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // the JVM is exiting; the temporary data directory goes with the process
                }
            }));
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    "embedded PostgreSQL on port " + embedded.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("No PostgreSQL for the tests: " + URL_VARIABLE
                    + " is not set, Docker is not available, and the embedded PostgreSQL did not start ("
                    + e.getMessage() + "). Set " + URL_VARIABLE + " to a server the tests may create databases on.", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private void checkReachable() {
        try (Connection ignored = DriverManager.getConnection(adminUrl, user, password)) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException(URL_VARIABLE + " points at " + adminUrl
                    + ", which cannot be reached: " + e.getMessage(), e);
        }
    }

    /** Where this server came from, for messages. */
    public String source() {
        return source;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates an empty database with a fresh name; the caller drops it with {@link TestDatabase#close()}. */
    public TestDatabase createDatabase() {
        String name = "retort_t_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                .toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        return new TestDatabase(this, name, urlFor(name));
    }

    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + source + ": " + e.getMessage(), e);
        }
    }

    /** The admin URL with its database name replaced. */
    String urlFor(String database) {
        URI uri = URI.create(adminUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return "jdbc:" + uri.getScheme() + "://" + uri.getHost() + port + "/" + database + query;
    }

    String host() {
        return URI.create(adminUrl.substring("jdbc:".length())).getHost();
    }

    int port() {
        int port = URI.create(adminUrl.substring("jdbc:".length())).getPort();
        return port < 0 ? 5432 : port;
    }
}
