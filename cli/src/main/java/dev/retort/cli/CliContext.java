package dev.retort.cli;

import dev.retort.cli.config.ConfigLoader;
import dev.retort.cli.config.RetortConfig;
import dev.retort.cli.db.Database;
import dev.retort.cli.project.MigrationHistory;
import dev.retort.cli.project.ModelComparison;
import dev.retort.scanner.ScanResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the commands of one invocation share: streams, the working directory, the environment, the
 * global options, and the configuration, migration history, database and entity scan, each loaded
 * once. {@link #startEarly} begins the slow ones in the background while picocli is still building
 * the command line: a short-lived command spends most of its time waiting, so overlapping the
 * waits is what makes it fast.
 */
public final class CliContext implements AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir;
    private final UnaryOperator<String> env;

    private Path configFile;
    private String urlOverride;
    private boolean verbose;
    private boolean quiet;

    private Loaded loaded = new Loaded();
    /** What was started early with options that turned out different; closed at the end. */
    private Loaded abandoned;

    private EarlyStart early;

    CliContext(PrintStream out, PrintStream err, Path workingDir, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
        this.env = env;
    }

    /** The global options as the command line was read before picocli parsed it. */
    record EarlyStart(String command, Path configFile, String urlOverride, boolean quiet) {
    }

    /**
     * Starts in the background what {@code command} will need: the configuration, the compiled
     * history, a database connection and, for commands that compare, the entity scan. Failures are
     * kept and reported when the command asks for the result, exactly as if it had done the work
     * itself.
     */
    void startEarly(EarlyStart start) {
        setGlobalOptions(start.configFile(), start.urlOverride(), verbose, start.quiet());
        early = start;
        Loaded loaded = this.loaded;
        boolean compares = start.command().equals("check") || start.command().equals("autogenerate");
        boolean connects = compares || switch (start.command()) {
            case "upgrade", "downgrade", "current" -> true;
            default -> false;
        };
        boolean readsHistory = connects || switch (start.command()) {
            case "history", "heads", "revision", "merge" -> true;
            default -> false;
        };
        loaded.config.start(this::loadConfig);
        if (readsHistory) {
            loaded.history.start(this::loadHistory);
        }
        if (connects) {
            loaded.firstConnection.start(() -> database().connect());
        }
        if (compares) {
            loaded.scan.start(this::loadScan);
        }
    }

    void setGlobalOptions(Path configFile, String urlOverride, boolean verbose, boolean quiet) {
        if (early != null && !(Objects.equals(configFile, early.configFile())
                && Objects.equals(urlOverride, early.urlOverride()) && quiet == early.quiet())) {
            // the arguments were read differently before picocli parsed them: start afresh
            abandoned = loaded;
            loaded = new Loaded();
            early = null;
        }
        this.configFile = configFile;
        this.urlOverride = urlOverride;
        this.verbose = verbose;
        this.quiet = quiet;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Path workingDir() {
        return workingDir;
    }

    /** A path for messages: relative to the working directory when it lies inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) ? workingDir.relativize(absolute).toString() : absolute.toString();
    }

    public boolean verbose() {
        return verbose;
    }

    public ProgressLog progress() {
        return new ProgressLog(err, quiet);
    }

    public RetortConfig config() {
        return loaded.config.get(this::loadConfig);
    }

    public Database database() {
        return loaded.database.get(() -> Database.open(config(), progress()));
    }

    /** The project's migrations, compiled where the cache lacks them. */
    public MigrationHistory history() {
        return loaded.history.get(this::loadHistory);
    }

    /** The entities as the scanner sees them. */
    public ScanResult scan() {
        return loaded.scan.get(this::loadScan);
    }

    /** A new connection to the database; the first may have been opened early. */
    public Connection connect() {
        Loaded current = loaded;
        synchronized (current) {
            if (!current.firstConnectionTaken && current.firstConnection.started()) {
                current.firstConnectionTaken = true;
                return current.firstConnection.get(() -> database().connect());
            }
        }
        return database().connect();
    }

    private ScanResult loadScan() {
        return ModelComparison.scan(config(), Database.dialect(config()), progress());
    }

    private RetortConfig loadConfig() {
        return new ConfigLoader(env).load(configFile, workingDir, urlOverride);
    }

    private MigrationHistory loadHistory() {
        return MigrationHistory.load(config(), progress());
    }

    /** The message with any configured password masked. */
    String scrub(String message) {
        Database db = loaded.database.valueIfDone();
        if (db != null) {
            message = db.scrub(message);
        }
        RetortConfig cfg = loaded.config.valueIfDone();
        if (cfg != null && cfg.password() != null && !cfg.password().isEmpty()) {
            message = message.replace(cfg.password(), "****");
        }
        return message;
    }

    @Override
    public void close() {
        if (abandoned != null) {
            abandoned.close();
        }
        loaded.close();
    }

    /** Everything loaded for one set of global options. */
    private static final class Loaded {
        final Once<RetortConfig> config = new Once<>();
        final Once<Database> database = new Once<>();
        final Once<MigrationHistory> history = new Once<>();
        final Once<ScanResult> scan = new Once<>();
        final Once<Connection> firstConnection = new Once<>();
        boolean firstConnectionTaken;

        /**
         * Closes an early connection nobody took and stops the embedded server. A scan still running
         * in the background is left to finish on its daemon thread: it holds nothing to release.
         */
        void close() {
            synchronized (this) {
                if (!firstConnectionTaken) {
                    firstConnection.afterwards(connection -> {
                        try {
                            connection.close();
                        } catch (SQLException ignored) {
                            // an unused connection; the server drops it with the process anyway
                        }
                    });
                }
            }
            firstConnection.await();
            database.await();
            Database db = database.valueIfDone();
            if (db != null) {
                db.close();
            }
        }
    }

    /**
     * A value computed at most once: either started in the background or computed on first use.
     * A failure is remembered and thrown to whoever asks, unwrapped.
     */
    private static final class Once<T> {
        private CompletableFuture<T> future;

        synchronized boolean started() {
            return future != null;
        }

        synchronized void start(Supplier<T> work) {
            if (future == null) {
                future = new CompletableFuture<>();
                CompletableFuture<T> target = future;
                Thread thread = new Thread(() -> complete(target, work), "retort-early");
                thread.setDaemon(true);
                thread.start();
            }
        }

        T get(Supplier<T> work) {
            CompletableFuture<T> target;
            boolean compute = false;
            synchronized (this) {
                if (future == null) {
                    future = new CompletableFuture<>();
                    compute = true;
                }
                target = future;
            }
            if (compute) {
                complete(target, work);
            }
            try {
                return target.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        /** The value when it has been computed successfully, else null; never waits. */
        synchronized T valueIfDone() {
            return future != null && future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
        }

        /** Runs {@code action} on the value once it is there (now or later), if it ever succeeds. */
        synchronized void afterwards(java.util.function.Consumer<T> action) {
            if (future != null) {
                future.thenAccept(action);
            }
        }

        /** Waits for background work to end, whatever its outcome. */
        void await() {
            CompletableFuture<T> target;
            synchronized (this) {
                target = future;
            }
            if (target != null) {
                try {
                    target.join();
                } catch (RuntimeException ignored) {
                    // reported, if at all, by whoever asked for the value
                }
            }
        }

        private static <T> void complete(CompletableFuture<T> target, Supplier<T> work) {
            try {
                target.complete(work.get());
            } catch (RuntimeException | Error e) {
                target.completeExceptionally(e);
            }
        }
    }
}
