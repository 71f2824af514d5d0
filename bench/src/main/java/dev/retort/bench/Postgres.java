package dev.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The local PostgreSQL the benchmark uses, reached through psql and JDBC URLs. */
public final class Postgres {
    private final String host;
    private final String port;
    private final String user;
    private final String password;
    private final Processes processes;

    public Postgres(String host, String port, String user, String password, Processes processes) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.processes = processes;
    }

    /** From PGHOST, PGPORT, PGUSER and PGPASSWORD, defaulting to postgres at 127.0.0.1:5432. */
    public static Postgres fromEnvironment(Processes processes) {
        return new Postgres(env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"), env("PGUSER", "postgres"),
                System.getenv("PGPASSWORD"), processes);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    /** The environment for psql and for retort (RETORT_PASSWORD) when a password is set. */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        if (password != null) {
            env.put("PGPASSWORD", password);
            env.put("RETORT_PASSWORD", password);
        }
        return env;
    }

    /** psql connected to a database, with the given extra arguments. */
    public List<String> psql(String database, String... args) {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", host, "-p", port, "-U", user,
                "-d", database, "-v", "ON_ERROR_STOP=1"));
        command.addAll(List.of(args));
        return command;
    }

    public void recreate(String database, Path dir) {
        processes.run(psql("postgres", "-c", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"), dir, environment());
        processes.run(psql("postgres", "-c", "CREATE DATABASE " + database), dir, environment());
    }

    public void drop(String database, Path dir) {
        processes.run(psql("postgres", "-c", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"), dir, environment());
    }

    /**
     * Runs a script statement by statement, stopping at the first error (not in one transaction: a
     * few thousand CREATE TABLEs need more locks than max_locks_per_transaction allows).
     */
    public void runScript(String database, Path script, Path dir) {
        processes.run(psql(database, "-f", script.toString()), dir, environment());
    }

    public void execute(String database, String sql, Path dir) {
        processes.run(psql(database, "-c", sql), dir, environment());
    }

    /** The first column of the first row. */
    public String scalar(String database, String sql, Path dir) {
        return processes.run(psql(database, "-A", "-t", "-c", sql), dir, environment()).strip();
    }
}
