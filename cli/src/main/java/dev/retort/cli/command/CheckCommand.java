package dev.retort.cli.command;

import dev.retort.cli.CliContext;
import dev.retort.cli.Json;
import dev.retort.cli.Main;
import dev.retort.cli.project.ModelComparison;
import dev.retort.cli.project.RevisionAuthor;
import dev.retort.diff.Change;
import dev.retort.diff.ChangeReport;
import dev.retort.ops.Operation;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort check}: exit 0 when the migrated database matches the entities, 1 when it does not. */
@Command(name = "check", description = "Compare the entities with the migrated database; exit 0 when they match,"
        + " 1 listing every planned operation when they do not, 2 on errors.")
public final class CheckCommand extends BaseCommand {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format;

    @Override
    public Integer call() throws Exception {
        CliContext context = context();
        List<String> heads = RevisionAuthor.parentsForNewRevision(context.history().graph());
        List<Operation> operations;
        try (Connection connection = context.connect()) {
            RevisionCommand.requireAtHead(runner(connection, step -> { }).current(), heads);
            operations = new ModelComparison(context.config(), context.database().dialect(), context.progress())
                    .plan(connection, context::scan);
        }
        List<Change> changes = ChangeReport.of(operations);
        if (format == Format.json) {
            List<Map<String, Object>> entries = changes.stream().map(Change::asMap).toList();
            context.out().println(Json.write(Map.of("operations", entries)));
        } else if (changes.isEmpty()) {
            context.out().println("No changes detected");
        } else {
            context.out().println(changes.size() + " change" + (changes.size() == 1 ? "" : "s")
                    + " between the entities and the database:");
            changes.forEach(c -> context.out().println("  " + c.describe()));
            context.out().println("Write a migration for them with 'retort autogenerate -m \"...\"'");
        }
        return changes.isEmpty() ? Main.OK : Main.DRIFT;
    }
}
