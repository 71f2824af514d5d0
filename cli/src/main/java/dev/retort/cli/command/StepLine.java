package dev.retort.cli.command;

import dev.retort.runner.Direction;
import dev.retort.runner.Step;

/** The line printed for each applied or reverted revision. */
final class StepLine {
    private StepLine() {
    }

    static String of(Step step) {
        String verb = step.direction() == Direction.UP ? "Upgraded" : "Downgraded";
        return verb + "  " + step.revision().id() + "  " + step.revision().message() + "  ("
                + step.took().toMillis() + " ms)";
    }
}
