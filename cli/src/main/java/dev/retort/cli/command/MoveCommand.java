package dev.retort.cli.command;

import dev.retort.cli.Main;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.Step;
import java.sql.Connection;
import java.util.List;

/** What upgrade and downgrade share: run the steps to a target, one line per step, then where the database is. */
abstract class MoveCommand extends BaseCommand {

    /** The revision target as given on the command line. */
    abstract String target();

    abstract List<Step> move(MigrationRunner runner, String target);

    /** What to say when there was nothing to do, e.g. "Nothing to upgrade". */
    abstract String nothingToDo();

    @Override
    public Integer call() throws Exception {
        try (Connection connection = context().connect()) {
            MigrationRunner runner = runner(connection, step -> context().out().println(StepLine.of(step)));
            List<Step> steps = move(runner, target());
            context().out().println((steps.isEmpty() ? nothingToDo() + ": " : "Now at ")
                    + CurrentCommand.state(runner, context()));
        }
        return Main.OK;
    }
}
