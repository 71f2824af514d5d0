package dev.retort.cli.db;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.ProgressLog;
import dev.retort.cli.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The database a command works on: the configured JDBC URL, or the embedded PostgreSQL started for
 * the length of the command. Closing it stops the embedded server.
 */
public final class Database implements AutoCloseable {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s]*");

    private final String url;
    private final String user;
    private final String password;
    private final String description;
    private final EmbeddedServer embedded;

    private Database(String url, String user, String password, String description, EmbeddedServer embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
    }

    /** Resolves the configured database; starts the embedded server when the URL asks for it. */
    public static Database open(RetortConfig config, ProgressLog log) {
        if (config.embedded()) {
            EmbeddedServer server = EmbeddedServer.start(config.embeddedDataDir(), log);
            return new Database(server.jdbcUrl(), "postgres", "", "embedded PostgreSQL in "
                    + config.projectDir().relativize(config.embeddedDataDir()), server);
        }
        return new Database(config.url(), config.user(), config.password(), Dialects.redact(config.url()), null);
    }

    public Dialect dialect() {
        return Dialects.forUrl(url);
    }

    /** The dialect of the configured database, known without connecting or starting anything. */
    public static Dialect dialect(RetortConfig config) {
        return config.embedded() ? Dialects.postgres() : Dialects.forUrl(config.url());
    }

    /** A human description without secrets, for messages. */
    public String description() {
        return description;
    }

    /** A new connection; failures become one-line errors that never contain the password. */
    public Connection connect() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "retort");
        props.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "Cannot connect to " + description + ": "
                    + scrub(firstLine(e.getMessage())) + " (check retort.url, retort.user and retort.password,"
                    + " or RETORT_URL/RETORT_USER/RETORT_PASSWORD)", e);
        }
    }

    /** Removes the password from a message, wherever a driver might have put it. */
    public String scrub(String message) {
        return scrub(message, url, password);
    }

    /**
     * The message without the password: neither as configured, nor inside the JDBC URL (the URL
     * is shown without its user information and parameters, where a password may sit).
     */
    public static String scrub(String message, String url, String password) {
        if (message == null) {
            return "";
        }
        String scrubbed = message;
        if (url != null && !url.isEmpty()) {
            scrubbed = scrubbed.replace(url, Dialects.redact(url));
        }
        if (password != null && !password.isEmpty()) {
            scrubbed = scrubbed.replace(password, "****");
        }
        return PASSWORD_PARAMETER.matcher(scrubbed).replaceAll("$1****");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
