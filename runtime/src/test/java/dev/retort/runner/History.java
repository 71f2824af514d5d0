package dev.retort.runner;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A migrations folder for tests: revisions with their upgrade and downgrade written as lambdas. */
final class History {
    private final List<RevisionInfo> revisions = new ArrayList<>();
    private final Map<String, Migration> migrations = new HashMap<>();
    private int minute;

    History add(String id, String message, List<String> parents, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        minute++;
        revisions.add(new RevisionInfo(id, parents, message, String.format("2024-05-01T10:%02d:00Z", minute),
                "migrations/V_" + id + ".java"));
        migrations.put(id, new LambdaMigration(upgrade, downgrade));
        return this;
    }

    History add(String id, String message, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        List<String> parents = revisions.isEmpty() ? List.of() : List.of(revisions.get(revisions.size() - 1).id());
        return add(id, message, parents, upgrade, downgrade);
    }

    RevisionGraph graph() {
        return RevisionGraph.of(revisions);
    }

    Migration migration(String id) {
        return migrations.get(id);
    }

    MigrationRunner runner(Connection connection, String schema, RunListener listener) {
        return new MigrationRunner(connection, new PostgresDialect(), schema, graph(), migrations::get, listener);
    }

    MigrationRunner runner(Connection connection) {
        return runner(connection, "public", null);
    }

    /** A migration made of two lambdas. */
    static final class LambdaMigration implements Migration {
        private final Consumer<Operations> upgrade;
        private final Consumer<Operations> downgrade;

        LambdaMigration(Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
            this.upgrade = upgrade;
            this.downgrade = downgrade;
        }

        @Override
        public void upgrade(Operations op) {
            upgrade.accept(op);
        }

        @Override
        public void downgrade(Operations op) {
            downgrade.accept(op);
        }
    }
}
