package dev.retort.cli.command;

import dev.retort.cli.CliContext;
import dev.retort.cli.RetortCommand;
import dev.retort.revision.RevisionInfo;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.RunListener;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** Gives a subcommand the shared context, with the global options applied. */
abstract class BaseCommand implements Callable<Integer> {
    @ParentCommand
    private RetortCommand parent;

    protected CliContext context() {
        return parent.context();
    }

    /** A runner over the project's migrations on the given connection. */
    protected MigrationRunner runner(Connection connection, RunListener listener) {
        CliContext context = context();
        return new MigrationRunner(connection, context.database().dialect(), context.config().schema(),
                context.history().graph(), context.history()::instantiate, listener);
    }

    /** {@code 1a2b3c4d5e6f  Add customer table}, the way every command names a revision. */
    protected static String describe(RevisionInfo revision) {
        return revision.id() + "  " + revision.message();
    }
}
