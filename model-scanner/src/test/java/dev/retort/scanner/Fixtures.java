package dev.retort.scanner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static ScanRequest request(String scenario, NamingStrategy naming, Map<String, String> settings) {
        return new ScanRequest(List.of(testClasses()), List.of(BASE + scenario), naming, "public", settings);
    }

    /** Settings written {@code key=value;key=value}. */
    static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            if (!entry.isBlank()) {
                int eq = entry.indexOf('=');
                settings.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        return settings;
    }
}
