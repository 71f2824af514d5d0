package dev.retort.cli.command;

import dev.retort.cli.Main;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: every revision, newest first. */
@Command(name = "history", description = "List the revisions, newest first; with --current, mark the ones the database is at.")
public final class HistoryCommand extends BaseCommand {
    @Option(names = {"-i", "--current"}, description = "Mark the revision(s) the database is at (connects to it).")
    boolean markCurrent;

    @Option(names = {"-v", "--verbose-history"}, description = "Show parents and source files too.")
    boolean detailed;

    @Override
    public Integer call() throws Exception {
        RevisionGraph graph = context().history().graph();
        if (graph.isEmpty()) {
            context().out().println("No revisions yet: write the first with 'retort autogenerate -m \"Initial schema\"'");
            return Main.OK;
        }
        Set<String> current = Set.of();
        if (markCurrent) {
            try (Connection connection = context().connect()) {
                current = runner(connection, step -> { }).current();
            }
        }
        Set<String> heads = Set.copyOf(graph.heads().stream().map(RevisionInfo::id).toList());
        for (RevisionInfo revision : graph.history()) {
            List<String> marks = new ArrayList<>();
            if (heads.contains(revision.id())) {
                marks.add("head");
            }
            if (current.contains(revision.id())) {
                marks.add("current");
            }
            if (revision.parents().size() > 1) {
                marks.add("merge of " + String.join(", ", revision.parents()));
            }
            String created = revision.created().length() >= 16 ? revision.created().substring(0, 16).replace('T', ' ')
                    : revision.created();
            context().out().println(revision.id() + "  " + created + "  " + revision.message()
                    + (marks.isEmpty() ? "" : "  (" + String.join(", ", marks) + ")"));
            if (detailed) {
                context().out().println("              parents: " + (revision.parents().isEmpty() ? "(base)"
                        : String.join(", ", revision.parents())) + "; file: " + revision.source());
            }
        }
        return Main.OK;
    }
}
