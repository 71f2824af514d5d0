package dev.retort.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured and checked for one N. Filled in by {@link ModelBench}. */
public final class ModelResult {
    public static final String PSQL = "psql catalog read (floor)";
    public static final String JAVA_VERSION = "java -version";
    public static final String HIBERNATE = "Hibernate boot alone (floor)";
    public static final String CHECK = "retort check --format json";
    public static final String AUTOGENERATE = "retort autogenerate";

    final int n;
    final Workload workload;
    final Map<String, Series> series = new LinkedHashMap<>();
    final Map<String, Double> setupMillis = new LinkedHashMap<>();
    final Map<String, String> database = new LinkedHashMap<>();
    final List<String> errors = new ArrayList<>();
    final List<Double> load = new ArrayList<>();
    List<String> found = List.of();
    List<String> missed = List.of();
    List<String> extra = List.of();
    List<String> control = List.of();
    boolean detectionRan;
    String roundTrip = "not run";
    boolean roundTripPassed;
    ClassLoadProfile checkClasses;

    ModelResult(int n, Workload workload) {
        this.n = n;
        this.workload = workload;
        for (String label : List.of(PSQL, JAVA_VERSION, HIBERNATE, CHECK, AUTOGENERATE)) {
            series.put(label, new Series(label));
        }
    }

    public Series series(String label) {
        return series.get(label);
    }

    public boolean detectionPassed() {
        return detectionRan && missed.isEmpty() && extra.isEmpty() && control.isEmpty();
    }
}
