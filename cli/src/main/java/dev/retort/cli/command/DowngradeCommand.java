package dev.retort.cli.command;

import dev.retort.cli.Main;
import dev.retort.runner.Step;
import java.sql.Connection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade TARGET}. */
@Command(name = "downgrade", description = "Revert migrations down to TARGET: -N, base, or a revision id or unique prefix.")
public final class DowngradeCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "-N, base, or a revision id (prefix).")
    String target;

    @Override
    public Integer call() throws Exception {
        try (Connection connection = context().connect()) {
            var runner = runner(connection, step -> context().out().println(StepLine.of(step)));
            List<Step> steps = runner.downgrade(target);
            context().out().println(steps.isEmpty() ? "Nothing to downgrade: " + CurrentCommand.state(runner, context())
                    : "Now at " + CurrentCommand.state(runner, context()));
        }
        return Main.OK;
    }
}
