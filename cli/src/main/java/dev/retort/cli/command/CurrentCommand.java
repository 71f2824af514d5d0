package dev.retort.cli.command;

import dev.retort.cli.CliContext;
import dev.retort.cli.Main;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runner.MigrationRunner;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code retort current}: the revision(s) the database is at. */
@Command(name = "current", description = "Show the revision(s) the database is at.")
public final class CurrentCommand extends BaseCommand {

    @Override
    public Integer call() throws Exception {
        try (Connection connection = context().connect()) {
            MigrationRunner runner = runner(connection, step -> { });
            Set<String> current = runner.current();
            RevisionGraph graph = context().history().graph();
            if (current.isEmpty()) {
                context().out().println("base (no revision applied)" + (graph.isEmpty() ? "" : "; head is "
                        + String.join(", ", graph.heads().stream().map(RevisionInfo::id).toList())));
            }
            Set<String> heads = Set.copyOf(graph.heads().stream().map(RevisionInfo::id).toList());
            for (String id : current.stream().sorted().toList()) {
                RevisionInfo revision = graph.get(id);
                context().out().println(describe(revision) + (heads.contains(id) ? "  (head)" : ""));
            }
        }
        return Main.OK;
    }

    /** One line for messages: {@code 1a2b3c4d5e6f (head)}, {@code base}, or several ids. */
    static String state(MigrationRunner runner, CliContext context) {
        Set<String> current = runner.current();
        if (current.isEmpty()) {
            return "base";
        }
        RevisionGraph graph = context.history().graph();
        Set<String> heads = Set.copyOf(graph.heads().stream().map(RevisionInfo::id).toList());
        List<String> parts = new ArrayList<>();
        for (String id : current.stream().sorted().toList()) {
            parts.add(id + (heads.contains(id) ? " (head)" : ""));
        }
        return String.join(", ", parts);
    }
}
