package dev.retort.cli.command;

import dev.retort.cli.CliContext;
import dev.retort.cli.RetortCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** Gives a subcommand the shared context, with the global options applied. */
abstract class BaseCommand implements Callable<Integer> {
    @ParentCommand
    private RetortCommand parent;

    protected CliContext context() {
        return parent.context();
    }
}
