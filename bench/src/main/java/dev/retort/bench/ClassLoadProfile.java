package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes one run loaded, from {@code -Xlog:class+load} (the unified-logging form of
 * {@code -verbose:class}), counted by library.
 *
 * @param total  every class loaded
 * @param groups count per library, in {@link #GROUPS} order
 */
public record ClassLoadProfile(int total, Map<String, Integer> groups) {
    private static final String TAG = "[class,load] ";

    /** Library label and the class-name prefixes that belong to it; the first match wins. */
    public static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry("Hibernate", List.of("org.hibernate.")),
            Map.entry("SchemaCrawler", List.of("schemacrawler.", "us.fatehi.")),
            Map.entry("Byte Buddy", List.of("net.bytebuddy.")),
            Map.entry("javac", List.of("com.sun.tools.javac.", "com.sun.source.", "javax.tools.", "jdk.internal.shellsupport.")),
            Map.entry("pgjdbc", List.of("org.postgresql.")),
            Map.entry("ClassGraph", List.of("io.github.classgraph.", "nonapi.io.github.classgraph.")),
            Map.entry("JavaPoet", List.of("com.palantir.javapoet.", "com.squareup.javapoet.")),
            Map.entry("picocli", List.of("picocli.")),
            Map.entry("jakarta", List.of("jakarta.")),
            Map.entry("Retort", List.of("dev.retort.")),
            Map.entry("entities/migrations", List.of("bench.model.", "Chain")),
            Map.entry("JDK", List.of("java.", "javax.", "jdk.", "sun.", "com.sun.")));

    public static ClassLoadProfile read(Path log) throws IOException {
        Map<String, Integer> groups = new LinkedHashMap<>();
        GROUPS.forEach(g -> groups.put(g.getKey(), 0));
        groups.put("other", 0);
        int total = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int tag = line.indexOf(TAG);
            if (tag < 0) {
                continue;
            }
            String rest = line.substring(tag + TAG.length());
            int space = rest.indexOf(' ');
            String name = space < 0 ? rest : rest.substring(0, space);
            total++;
            groups.merge(group(name), 1, Integer::sum);
        }
        return new ClassLoadProfile(total, groups);
    }

    static String group(String className) {
        for (Map.Entry<String, List<String>> g : GROUPS) {
            for (String prefix : g.getValue()) {
                if (className.startsWith(prefix)) {
                    return g.getKey();
                }
            }
        }
        return "other";
    }

    public int count(String group) {
        return groups.getOrDefault(group, 0);
    }

    /** The JVM option that writes the log this record reads. */
    public static String option(Path log) {
        return "-Xlog:class+load=info:file=" + log;
    }
}
