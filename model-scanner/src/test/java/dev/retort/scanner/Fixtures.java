package dev.retort.scanner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The fixture scenarios: entity packages under {@code dev.retort.scanner.fixtures}, scanned from test-classes. */
final class Fixtures {
    static final String BASE = "dev.retort.scanner.fixtures.";

    private Fixtures() {
    }

    static Path testClasses() {
        try {
            return Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScanRequest request(String scenario) {
        return request(scenario, NamingStrategy.JPA);
    }

    static ScanRequest request(String scenario, NamingStrategy naming) {
        return new ScanRequest(List.of(testClasses()), List.of(BASE + scenario), naming, "public");
    }
}
