package dev.retort.runner;

import static dev.retort.migration.Ddl.column;
import static dev.retort.runner.Db.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two runners on two connections: the second waits for the first's lock, then finds nothing left to do. */
@ExtendWith(PostgresExtension.class)
class ConcurrentRunnersTest {

    @Test
    void secondRunnerWaitsForTheFirst(TestDatabase db) throws Exception {
        CountDownLatch firstIsMigrating = new CountDownLatch(1);
        AtomicInteger upgrades = new AtomicInteger();
        AtomicLong committedAt = new AtomicLong();
        History history = new History().add("a1", "slow",
                op -> {
                    upgrades.incrementAndGet();
                    firstIsMigrating.countDown();
                    sleep(800);
                    op.createTable("customer", column("id", "int"));
                },
                op -> op.dropTable("customer", column("id", "int")));

        try (Connection first = db.connect(); Connection second = db.connect()) {
            MigrationRunner one = history.runner(first, "public", step -> committedAt.set(System.nanoTime()));
            MigrationRunner two = history.runner(second);
            CompletableFuture<List<Step>> oneDone = CompletableFuture.supplyAsync(() -> one.upgrade("head"));
            assertTrue(firstIsMigrating.await(10, TimeUnit.SECONDS));

            CompletableFuture<List<Step>> twoDone = CompletableFuture.supplyAsync(() -> two.upgrade("head"));
            assertTrue(waitForAdvisoryLockWaiter(db), "the second runner waits on the advisory lock");
            assertFalse(twoDone.isDone(), "still waiting while the first runner holds the lock");

            List<Step> twoSteps = twoDone.get(10, TimeUnit.SECONDS);
            long twoReturnedAt = System.nanoTime();
            assertEquals(1, oneDone.get(10, TimeUnit.SECONDS).size());
            assertEquals(List.of(), twoSteps, "once it has the lock the second runner sees a1 applied");
            assertTrue(twoReturnedAt > committedAt.get(), "the second runner finished after the first committed");
            assertEquals(1, upgrades.get(), "the migration ran once");
        }
        assertEquals(Set.of("a1"), versionRows(db));
        assertEquals(List.of("0"), Db.query(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
                "both runners released the lock");
    }

    private static boolean waitForAdvisoryLockWaiter(TestDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!Db.query(db, "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").isEmpty()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
