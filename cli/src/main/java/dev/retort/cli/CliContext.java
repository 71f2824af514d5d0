package dev.retort.cli;

import dev.retort.cli.config.ConfigLoader;
import dev.retort.cli.config.RetortConfig;
import dev.retort.cli.db.Database;
import dev.retort.cli.project.MigrationHistory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the commands of one invocation share: streams, the working directory, the environment, the
 * global options, and the configuration and database, each loaded on first use.
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

    private RetortConfig config;
    private Database database;
    private MigrationHistory history;

    CliContext(PrintStream out, PrintStream err, Path workingDir, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
        this.env = env;
    }

    void setGlobalOptions(Path configFile, String urlOverride, boolean verbose, boolean quiet) {
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
        if (config == null) {
            config = new ConfigLoader(env).load(configFile, workingDir, urlOverride);
        }
        return config;
    }

    public Database database() {
        if (database == null) {
            database = Database.open(config(), progress());
        }
        return database;
    }

    /** The project's migrations, compiled where the cache lacks them. */
    public MigrationHistory history() {
        if (history == null) {
            history = MigrationHistory.load(config(), progress());
        }
        return history;
    }

    /** The message with any configured password masked. */
    String scrub(String message) {
        if (database != null) {
            message = database.scrub(message);
        }
        if (config != null && config.password() != null && !config.password().isEmpty()) {
            message = message.replace(config.password(), "****");
        }
        return message;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
