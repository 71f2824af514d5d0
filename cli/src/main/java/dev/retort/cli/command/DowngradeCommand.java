package dev.retort.cli.command;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.Step;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade TARGET}. */
@Command(name = "downgrade", description = "Revert migrations down to TARGET: -N, base, or a revision id or unique prefix.")
public final class DowngradeCommand extends MoveCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "-N, base, or a revision id (prefix).")
    String target;

    @Override
    String target() {
        return target;
    }

    @Override
    List<Step> move(MigrationRunner runner, String target) {
        return runner.downgrade(target);
    }

    @Override
    String nothingToDo() {
        return "Nothing to downgrade";
    }
}
