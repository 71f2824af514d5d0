package dev.retort.cli.command;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.CliContext;
import dev.retort.cli.Main;
import dev.retort.cli.project.ModelComparison;
import dev.retort.cli.project.RevisionAuthor;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionGraph;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort revision -m MSG [--autogenerate]}. */
@Command(name = "revision", description = "Write a new migration on top of the head; with --autogenerate, fill it"
        + " with the changes that take the database to the entities' schema.")
public class RevisionCommand extends BaseCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the migration does.")
    String message;

    @Option(names = "--autogenerate", description = "Compare the entities with the database and write the changes.")
    boolean autogenerate;

    @Option(names = "--allow-empty", description = "Write a migration even when autogenerate finds no changes.")
    boolean allowEmpty;

    @Override
    public Integer call() throws Exception {
        return write(autogenerate);
    }

    protected int write(boolean compare) throws Exception {
        CliContext context = context();
        RevisionGraph graph = context.history().graph();
        List<String> parents = RevisionAuthor.parentsForNewRevision(graph);
        List<Operation> operations = List.of();
        if (compare) {
            try (Connection connection = context.connect()) {
                requireAtHead(runner(connection, step -> { }).current(), parents);
                operations = new ModelComparison(context.config(), context.database().dialect(), context.progress())
                        .plan(connection, context::scan);
            }
            if (operations.isEmpty() && !allowEmpty) {
                context.out().println("No changes detected: no migration written (--allow-empty writes one anyway)");
                return Main.OK;
            }
        }
        Path file = new RevisionAuthor(context.config()).write(graph, parents, message, operations);
        context.out().println("Wrote " + context.display(file) + " (" + operations.size() + " operation"
                + (operations.size() == 1 ? "" : "s") + ")");
        return Main.OK;
    }

    /** Refuses to compare unless every revision is applied: the differences would be wrong otherwise. */
    static void requireAtHead(Set<String> current, List<String> heads) {
        if (!current.equals(new HashSet<>(heads))) {
            String at = current.isEmpty() ? "base" : String.join(", ", current.stream().sorted().toList());
            String head = heads.isEmpty() ? "base" : String.join(", ", heads);
            throw new RetortException(ErrorKind.NOT_AT_HEAD, "The database is at " + at + ", not at the head ("
                    + head + "): run 'retort upgrade head' first");
        }
    }
}
