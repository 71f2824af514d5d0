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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
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

    private boolean verbose;
    private Loaded loaded;

    CliContext(PrintStream out, PrintStream err, Path workingDir, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
        this.env = env;
    }

    /** The subcommand and the global options as the command line was read before picocli parsed it. */
    record EarlyStart(String command, Path configFile, String urlOverride, boolean quiet) {
    }

    /**
     * Starts in the background what {@code command} will need: the configuration, the compiled
     * history, a database connection and, for commands that compare, the entity scan. Failures are
     * kept and reported when the command asks for the result, exactly as if it had done the work
     * itself.
     */
    void startEarly(EarlyStart start) {
        loaded = new Loaded(start.configFile(), start.urlOverride(), start.quiet());
        boolean compares = start.command().equals("check") || start.command().equals("autogenerate");
        boolean connects = compares || switch (start.command()) {
            case "upgrade", "downgrade", "current" -> true;
            default -> false;
        };
        boolean readsHistory = connects || switch (start.command()) {
            case "history", "heads", "revision", "merge" -> true;
            default -> false;
        };
        loaded.startConfig();
        if (readsHistory) {
            loaded.startHistory();
        }
        if (connects) {
            loaded.startConnection();
        }
        if (compares) {
            loaded.startScan();
        }
    }

    /**
     * The global options as picocli parsed them. When they differ from what {@link #startEarly} read,
     * whatever was started early is stopped and released before anything starts afresh.
     */
    void setGlobalOptions(Path configFile, String urlOverride, boolean verbose, boolean quiet) {
        this.verbose = verbose;
        if (loaded != null && loaded.startedWith(configFile, urlOverride, quiet)) {
            return;
        }
        if (loaded != null) {
            loaded.close();
        }
        loaded = new Loaded(configFile, urlOverride, quiet);
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
        return loaded().progress();
    }

    public RetortConfig config() {
        return loaded().config();
    }

    public Database database() {
        return loaded().database();
    }

    /** The project's migrations, compiled where the cache lacks them. */
    public MigrationHistory history() {
        return loaded().history();
    }

    /** The entities as the scanner sees them. */
    public ScanResult scan() {
        return loaded().scan();
    }

    /** A new connection to the database; the first may have been opened early. */
    public Connection connect() {
        return loaded().connect();
    }

    private Loaded loaded() {
        if (loaded == null) {
            loaded = new Loaded(null, null, false);
        }
        return loaded;
    }

    /** The message with the configured password and any password in the URL masked. */
    String scrub(String message) {
        return loaded == null ? message : loaded.scrub(message);
    }

    @Override
    public void close() {
        if (loaded != null) {
            loaded.close();
        }
    }

    /**
     * Everything loaded for one set of global options. Background work refers only to its own
     * instance, so work started with options that turn out different cannot leak into the rest.
     */
    private final class Loaded {
        private final Path configFile;
        private final String urlOverride;
        private final boolean quiet;

        private final Once<RetortConfig> config = new Once<>();
        private final Once<Database> database = new Once<>();
        private final Once<MigrationHistory> history = new Once<>();
        private final Once<ScanResult> scan = new Once<>();
        private final Once<Connection> firstConnection = new Once<>();
        private boolean firstConnectionTaken;

        Loaded(Path configFile, String urlOverride, boolean quiet) {
            this.configFile = configFile;
            this.urlOverride = urlOverride;
            this.quiet = quiet;
        }

        boolean startedWith(Path configFile, String urlOverride, boolean quiet) {
            return java.util.Objects.equals(this.configFile, configFile)
                    && java.util.Objects.equals(this.urlOverride, urlOverride) && this.quiet == quiet;
        }

        ProgressLog progress() {
            return new ProgressLog(err, quiet);
        }

        void startConfig() {
            config.start(this::loadConfig);
        }

        void startHistory() {
            history.start(this::loadHistory);
        }

        void startConnection() {
            firstConnection.start(() -> database().connect());
        }

        void startScan() {
            scan.start(this::loadScan);
        }

        RetortConfig config() {
            return config.get(this::loadConfig);
        }

        Database database() {
            return database.get(() -> Database.open(config(), progress()));
        }

        MigrationHistory history() {
            return history.get(this::loadHistory);
        }

        ScanResult scan() {
            return scan.get(this::loadScan);
        }

        Connection connect() {
            synchronized (this) {
                if (!firstConnectionTaken && firstConnection.started()) {
                    firstConnectionTaken = true;
                    return firstConnection.get(() -> database().connect());
                }
            }
            return database().connect();
        }

        private RetortConfig loadConfig() {
            return new ConfigLoader(env).load(configFile, workingDir, urlOverride);
        }

        private MigrationHistory loadHistory() {
            return MigrationHistory.load(config(), progress());
        }

        private ScanResult loadScan() {
            return ModelComparison.scan(config(), Database.dialect(config()), progress());
        }

        String scrub(String message) {
            Database db = database.valueIfDone();
            if (db != null) {
                message = db.scrub(message);
            }
            RetortConfig cfg = config.valueIfDone();
            return cfg == null ? message : Database.scrub(message, cfg.url(), cfg.password());
        }

        /**
         * Closes an early connection nobody took and stops the embedded server. A scan still running
         * in the background is left to finish on its daemon thread: it holds nothing to release.
         */
        void close() {
            synchronized (this) {
                if (!firstConnectionTaken) {
                    firstConnectionTaken = true;
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
            history.await();
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
        synchronized void afterwards(Consumer<T> action) {
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
