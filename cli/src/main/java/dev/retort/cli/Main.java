package dev.retort.cli;

import dev.retort.RetortException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code retort} command. Exit codes are decided here and nowhere else: 0 success, 1 drift
 * found by {@code check}, 2 any error. Errors print as one line; {@code --verbose} adds the stack trace.
 */
public final class Main {
    public static final int OK = 0;
    public static final int DRIFT = 1;
    public static final int ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Path.of("").toAbsolutePath(), System::getenv));
    }

    /** Runs one command in this JVM; tests call this with their own streams, directory and environment. */
    public static int run(String[] args, PrintStream out, PrintStream err, Path workingDir, UnaryOperator<String> env) {
        quietLibraryLogging();
        CliContext context = new CliContext(out, err, workingDir, env);
        CliContext.EarlyStart early = RetortCommand.earlyStart(args);
        String wanted = early == null ? null : early.command();
        if (early != null) {
            context.startEarly(early);
        }
        CommandLine cli = new CommandLine(new RetortCommand(context));
        RetortCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (wanted == null || wanted.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, context));
        cli.setParameterExceptionHandler((e, args1) -> {
            err.println("retort: " + e.getMessage());
            err.println("Run 'retort " + (e.getCommandLine().getCommandName().equals("retort") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ERROR;
        });
        cli.setExitCodeExceptionMapper(e -> ERROR);
        // downgrade -1: a revision target that looks like an option is still a target
        cli.setUnmatchedOptionsArePositionalParams(true);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // an Error thrown by a migration's own code, such as a failing static initialiser
            return report(e, context);
        } finally {
            context.close();
        }
    }

    private static int report(Throwable e, CliContext context) {
        String message = e instanceof RetortException ? e.getMessage()
                : "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (context.verbose() ? "" : " (run with --verbose for the stack trace)");
        context.err().println("retort: " + context.scrub(message));
        if (context.verbose()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            context.err().print(context.scrub(trace.toString()));
        }
        return ERROR;
    }

    /** Hibernate, SchemaCrawler and the JDBC driver log through JUL; a normal run prints none of it. */
    private static void quietLibraryLogging() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
