package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long scanning takes next to Hibernate's boot alone, on the shop fixture and on a generated
 * model of {@code retort.timing.entities} (default 500) entities. The figures go to stdout and to
 * target/scan-timings.txt. A measurement, not a test: it runs only with the benchmark group
 * ({@code -Dretort.test.excludedGroups= -Dgroups=benchmark}).
 */
@Tag("benchmark")
class ScanTimingTest {
    private final ModelScanner scanner = new ModelScanner(Dialects.postgres());

    @Test
    void scanningCostsLittleMoreThanHibernatesBoot(@TempDir Path dir) throws IOException {
        List<String> report = new ArrayList<>();
        long start = System.nanoTime();
        scanner.scan(Fixtures.request("shop"));
        report.add("shop fixture (7 entities, 11 tables), first scan in this JVM: " + millis(start) + " ms");
        for (String fixture : List.of("shop", "edge")) {
            start = System.nanoTime();
            ScanResult result = scanner.scan(Fixtures.request(fixture));
            report.add(fixture + " fixture (" + result.entityClasses().size() + " entities, "
                    + result.model().tables().size() + " tables), next scan: " + millis(start) + " ms");
        }

        int count = Integer.getInteger("retort.timing.entities", 500);
        start = System.nanoTime();
        Path classes = GeneratedEntities.compile(dir, count);
        report.add(count + " generated entities compiled in " + millis(start) + " ms");
        ScanRequest request = new ScanRequest(List.of(classes), List.of(GeneratedEntities.PACKAGE),
                NamingStrategy.JPA, "public");

        start = System.nanoTime();
        ScanResult first = scanner.scan(request);
        long firstScan = millis(start);
        assertEquals(count, first.model().tables().size());
        assertEquals(count, first.model().sequences().size());

        start = System.nanoTime();
        scanner.scan(request);
        long secondScan = millis(start);

        start = System.nanoTime();
        EntityDiscovery.find(request.classpath(), request.packages());
        long discovery = millis(start);
        start = System.nanoTime();
        long walk;
        try (HibernateBoot boot = HibernateBoot.start(request)) {
            long booted = System.nanoTime();
            boot.run(() -> new MetamodelReader(boot.metadata(), Dialects.postgres(), "public", table -> true).read());
            walk = millis(booted);
        }
        long boot = millis(start) - walk;

        report.add(count + " entities, first scan: " + firstScan + " ms");
        report.add(count + " entities, second scan: " + secondScan + " ms");
        report.add(count + " entities, third run in parts: class discovery " + discovery
                + " ms, then Hibernate boot (discovery again, loading, metadata, column order, validation) " + boot
                + " ms, then model walk " + walk + " ms");
        String text = String.join("\n", report);
        System.out.println(text);
        Files.writeString(Path.of("target", "scan-timings.txt"), text + "\n");
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
