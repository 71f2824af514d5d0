package dev.retort.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A database of its own for one test, on the {@link PostgresServer}; closing it drops it. */
public final class TestDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;
    private final String jdbcUrl;

    TestDatabase(PostgresServer server, String name, String jdbcUrl) {
        this.server = server;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, server.user(), server.password());
    }

    /** Runs SQL statements, one per argument, in autocommit mode. */
    public void execute(String... statements) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The schema as {@code pg_dump --schema-only} prints it, without the comment lines and settings
     * that vary from run to run, so that two dumps of the same schema compare equal.
     */
    public String schemaDump() {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges",
                "-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user(), "-d", name));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (!server.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", server.password());
        }
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + new String(err, StandardCharsets.UTF_8));
            }
            StringBuilder dump = new StringBuilder();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("--") || line.startsWith("\\restrict") || line.startsWith("\\unrestrict")
                        || line.startsWith("SET ") || line.startsWith("SELECT pg_catalog.set_config")) {
                    continue;
                }
                dump.append(line).append('\n');
            }
            return dump.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump could not be run (is the PostgreSQL client installed?): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_dump", e);
        }
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }
}
