package dev.retort.runner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns one migration into the SQL of one direction: instantiates it, records its
 * {@code upgrade()} or {@code downgrade()} on fresh {@link Operations}, and renders each
 * operation. Anything the migration code throws becomes a {@link ErrorKind#MIGRATION_FAILED} error.
 */
final class MigrationRenderer {
    private final Dialect dialect;
    private final String schema;
    private final Function<String, Migration> migrations;

    MigrationRenderer(Dialect dialect, String schema, Function<String, Migration> migrations) {
        this.dialect = dialect;
        this.schema = schema;
        this.migrations = migrations;
    }

    /** The statements, in order; {@code aftermath} ends any error message (what state things are left in). */
    List<String> render(RevisionInfo revision, Direction direction, String aftermath) {
        Migration migration = migration(revision, aftermath);
        try {
            Operations op = new Operations();
            if (direction == Direction.UP) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            List<String> statements = new ArrayList<>();
            for (Operation operation : op.operations()) {
                statements.addAll(dialect.render(operation, schema));
            }
            return statements;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, verb(direction) + " of revision " + revision.label()
                    + source(revision) + " failed before any of its SQL ran: " + describe(e) + "; " + aftermath, e);
        }
    }

    private Migration migration(RevisionInfo revision, String aftermath) {
        Migration migration;
        try {
            migration = migrations.apply(revision.id());
        } catch (RetortException e) {
            throw new RetortException(e.kind(), e.getMessage() + "; " + aftermath, e);
        } catch (RuntimeException | LinkageError e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "the migration class of revision " + revision.label()
                    + source(revision) + " could not be loaded: " + describe(e) + "; " + aftermath, e);
        }
        if (migration == null) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "no migration class was found for revision "
                    + revision.label() + source(revision) + "; " + aftermath);
        }
        return migration;
    }

    static String verb(Direction direction) {
        return direction == Direction.UP ? "upgrade" : "downgrade";
    }

    static String source(RevisionInfo revision) {
        return revision.source() == null ? "" : " in " + revision.source();
    }

    private static String describe(Throwable e) {
        String message = StepExecutor.firstLine(e);
        return e instanceof RetortException ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
