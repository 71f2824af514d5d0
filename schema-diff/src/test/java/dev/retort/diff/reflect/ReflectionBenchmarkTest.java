package dev.retort.diff.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.TableFilter;
import dev.retort.schema.SchemaModel;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Times both reflectors on generated 1000- and 2000-table schemas ({@link RandomSchema} with seed
 * 2000 + the table count, all in {@code public}), warm (after a warm-up in this JVM), next to
 * {@code psql -X -q} running the same five pg_catalog queries as one process, each a {@code -c}. The
 * pg_catalog reflector and psql take turns; connect+reflect includes opening a JDBC connection, as
 * the psql process does. Prints the figures; asserts only that both reflectors agree. Off by default,
 * because building the schemas takes a while: run with
 * {@code -Dretort.benchmark=true -Dtest=ReflectionBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dretort.benchmark.runs=N} for more runs than 7).
 */
@ExtendWith(PostgresExtension.class)
@Tag("benchmark")
class ReflectionBenchmarkTest {
    private static final int RUNS = Integer.getInteger("retort.benchmark.runs", 7);
    private static final ReflectRequest REQUEST =
            new ReflectRequest("public", Set.of(), TableFilter.all("retort_version"));

    @Test
    void thousandTables(TestDatabase db) throws Exception {
        measure(db, 1000);
    }

    @Test
    void twoThousandTables(TestDatabase db) throws Exception {
        measure(db, 2000);
    }

    private static void measure(TestDatabase db, int tables) throws Exception {
        long built = System.nanoTime();
        List<String> chunks = RandomSchema.chunks(2000 + tables, tables, List.of("public"));
        for (int from = 0; from < chunks.size(); from += 200) {
            List<String> batch = chunks.subList(from, Math.min(chunks.size(), from + 200));
            db.execute("BEGIN;\n" + String.join("", batch) + "COMMIT;");
        }
        db.execute("ANALYZE");
        System.out.printf("%d tables: schema built in %.0f ms%n", tables, millis(System.nanoTime() - built));

        double[] nativeTimes = new double[RUNS];
        double[] nativeWithConnect = new double[RUNS];
        double[] crawlerTimes = new double[RUNS];
        double[] psqlTimes = new double[RUNS];
        List<String> psql = psqlCommand(db);
        SchemaModel nativeModel;
        SchemaModel crawledModel;
        try (Connection connection = db.connect()) {
            nativeModel = new PostgresCatalogReflector().reflect(connection, REQUEST);
            crawledModel = new SchemaCrawlerReflector().reflect(connection, REQUEST);
            runPsql(psql);
            // psql and the pg_catalog reflector take turns, so that both see the same load on the machine
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                runPsql(psql);
                psqlTimes[run] = millis(System.nanoTime() - start);

                start = System.nanoTime();
                new PostgresCatalogReflector().reflect(connection, REQUEST);
                nativeTimes[run] = millis(System.nanoTime() - start);

                start = System.nanoTime();
                try (Connection fresh = db.connect()) {
                    new PostgresCatalogReflector().reflect(fresh, REQUEST);
                }
                nativeWithConnect[run] = millis(System.nanoTime() - start);
            }
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                new SchemaCrawlerReflector().reflect(connection, REQUEST);
                crawlerTimes[run] = millis(System.nanoTime() - start);
            }
        }
        assertEquals(tables, nativeModel.tables().size());
        assertEquals(crawledModel, nativeModel);
        double floor = median(psqlTimes);
        System.out.printf("%d tables, %d warm runs, median (min-max) ms:%n", tables, RUNS);
        print("psql -X -q, the 5 catalogue queries (process)", psqlTimes, floor);
        print("PostgresCatalogReflector.reflect", nativeTimes, floor);
        print("PostgresCatalogReflector connect+reflect", nativeWithConnect, floor);
        print("SchemaCrawlerReflector.reflect", crawlerTimes, floor);
    }

    private static List<String> psqlCommand(TestDatabase db) {
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", db.user(),
                "-d", db.name(), "-o", "/dev/null"));
        String schemas = "'{public}'::text[]";
        for (String query : CatalogQueries.ALL) {
            command.add("-c");
            command.add(query.replace("?", schemas));
        }
        return command;
    }

    private static void runPsql(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("psql failed: " + command.subList(0, 12));
        }
    }

    private static void print(String what, double[] times, double floor) {
        double median = median(times);
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-47s %7.1f (%.1f-%.1f)  %.2fx psql%n", what, median, sorted[0],
                sorted[sorted.length - 1], median / floor);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
