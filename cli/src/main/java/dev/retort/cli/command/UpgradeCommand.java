package dev.retort.cli.command;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.Step;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade TARGET}. */
@Command(name = "upgrade", description = "Apply migrations up to TARGET: head, heads, +N, or a revision id or unique prefix.")
public final class UpgradeCommand extends MoveCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, +N, or a revision id (prefix).")
    String target;

    @Override
    String target() {
        return target;
    }

    @Override
    List<Step> move(MigrationRunner runner, String target) {
        return runner.upgrade(target);
    }

    @Override
    String nothingToDo() {
        return "Nothing to upgrade";
    }
}
