package dev.retort.cli.command;

import dev.retort.cli.Main;
import dev.retort.revision.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code retort heads}: the revisions nothing builds on yet. */
@Command(name = "heads", description = "Show the head revisions of the migration history.")
public final class HeadsCommand extends BaseCommand {

    @Override
    public Integer call() {
        List<RevisionInfo> heads = context().history().graph().heads();
        if (heads.isEmpty()) {
            context().out().println("No revisions yet: write the first with 'retort autogenerate -m \"Initial schema\"'");
        }
        heads.forEach(h -> context().out().println(describe(h)));
        if (heads.size() > 1) {
            context().out().println(heads.size() + " heads: merge them with 'retort merge -m \"Merge heads\"'");
        }
        return Main.OK;
    }
}
