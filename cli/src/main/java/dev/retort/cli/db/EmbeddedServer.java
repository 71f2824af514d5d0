package dev.retort.cli.db;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.ProgressLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL (zonky embedded binaries, PostgreSQL 15) whose data directory survives the
 * process, so that commands run one after another see the same database. Used only when
 * {@code retort.url} is {@code embedded} or {@code embedded:DIR}.
 */
final class EmbeddedServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path dataDir, ProgressLog log) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new RetortException(ErrorKind.CONFIGURATION, "The embedded PostgreSQL ships for linux-amd64 only"
                    + " (this is " + os + "/" + arch + "): set retort.url to a PostgreSQL server");
        }
        boolean fresh = !Files.isDirectory(dataDir.resolve("base"));
        try {
            Files.createDirectories(dataDir);
            clearStalePidFile(dataDir);
            log.info(fresh ? "Creating embedded PostgreSQL in " + dataDir : "Starting embedded PostgreSQL in " + dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new EmbeddedServer(postgres);
        } catch (IOException | RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            boolean locked = e instanceof java.nio.channels.OverlappingFileLockException || reason.contains("lock");
            throw new RetortException(ErrorKind.DATABASE, "The embedded PostgreSQL in " + dataDir + " did not start: "
                    + (locked ? "another retort command is using it; wait for that one to finish and run this again"
                    : reason + " (if the directory was copied or damaged, move it aside to start with an empty database)"), e);
        }
    }

    /** A server killed without shutting down leaves its pid file behind, which would block the next start. */
    private static void clearStalePidFile(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        boolean alive = !first.isEmpty() && first.chars().allMatch(Character::isDigit)
                && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            Files.delete(pidFile);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the server stops with the process anyway; nothing the user needs to act on
        }
    }
}
