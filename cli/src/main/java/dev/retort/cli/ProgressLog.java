package dev.retort.cli;

import java.io.PrintStream;

/**
 * Progress lines for long stages (scanning, reflecting, comparing), written to stderr so that
 * stdout stays clean for results; silent with {@code -q}.
 */
public final class ProgressLog {
    private final PrintStream out;
    private final boolean quiet;

    public ProgressLog(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    public static ProgressLog silent() {
        return new ProgressLog(System.err, true);
    }

    public void info(String message) {
        if (!quiet) {
            out.println(message);
        }
    }

    /** Something the user should read even with {@code -q}: printed as a warning line. */
    public void warn(String message) {
        out.println("warning: " + message);
    }

    /** Runs a stage and reports how long it took, with a summary computed from its result. */
    public <T> T timed(String stage, java.util.function.Supplier<T> work, java.util.function.Function<T, String> summary) {
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        info(stage + ": " + summary.apply(result) + " (" + millis + " ms)");
        return result;
    }
}
