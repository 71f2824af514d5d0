package dev.retort.cli.command;

import picocli.CommandLine.Command;

/** {@code retort autogenerate -m MSG}: short for {@code retort revision --autogenerate -m MSG}. */
@Command(name = "autogenerate", description = "Write a migration with the changes that take the database to the"
        + " entities' schema (short for 'revision --autogenerate').")
public final class AutogenerateCommand extends RevisionCommand {

    @Override
    public Integer call() throws Exception {
        return write(true);
    }
}
