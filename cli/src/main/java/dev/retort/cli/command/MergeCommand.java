package dev.retort.cli.command;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.Main;
import dev.retort.cli.project.RevisionAuthor;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort merge -m MSG}: one revision on top of every head. */
@Command(name = "merge", description = "Write an empty revision whose parents are all current heads, joining them.")
public final class MergeCommand extends BaseCommand {
    @Option(names = {"-m", "--message"}, paramLabel = "MSG", defaultValue = "Merge heads",
            description = "What the merge is for (default: ${DEFAULT-VALUE}).")
    String message;

    @Override
    public Integer call() {
        RevisionGraph graph = context().history().graph();
        List<String> heads = graph.heads().stream().map(RevisionInfo::id).toList();
        if (heads.size() < 2) {
            throw new RetortException(ErrorKind.REVISION, "Nothing to merge: the history has "
                    + (heads.isEmpty() ? "no revisions" : "a single head, " + heads.get(0)));
        }
        Path file = new RevisionAuthor(context().config()).write(graph, heads, message, List.of());
        context().out().println("Wrote " + context().display(file) + " (merge of "
                + String.join(", ", heads) + ")");
        return Main.OK;
    }
}
