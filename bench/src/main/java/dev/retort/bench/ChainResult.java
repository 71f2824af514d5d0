package dev.retort.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of the revision-chain benchmark. Filled in by {@link ChainBench}. */
public final class ChainResult {
    public static final String JAVA_VERSION = "java -version";
    public static final String CLI_VERSION = "retort --version (CLI start-up, information)";
    public static final String COLD = "upgrade head from base, cold compile cache";
    public static final String WARM = "upgrade head from base, warm compile cache";
    public static final String NOOP = "upgrade head at head (no-op)";
    public static final String DOWN = "downgrade base from head";

    final int length;
    final Map<String, Series> series = new LinkedHashMap<>();
    final Map<String, ClassLoadProfile> classes = new LinkedHashMap<>();
    final Map<String, Double> profiledWall = new LinkedHashMap<>();
    final Map<String, Double> phases = new LinkedHashMap<>();
    final List<String> errors = new ArrayList<>();
    final List<Double> load = new ArrayList<>();
    String verified = "not verified";

    ChainResult(int length) {
        this.length = length;
        for (String label : List.of(JAVA_VERSION, CLI_VERSION, COLD, WARM, NOOP, DOWN)) {
            series.put(label, new Series(label));
        }
    }

    public Series series(String label) {
        return series.get(label);
    }
}
