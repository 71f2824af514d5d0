package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The measured runs (warm-up excluded) of one command, and how many of them failed. */
public final class Series {
    private final String label;
    private final List<Sample> samples = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public Series(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public void add(Sample sample) {
        samples.add(sample);
    }

    public void fail(String why) {
        failures.add(why);
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public Stats wall() {
        return stat(Sample::wallMillis);
    }

    public Stats rss() {
        return stat(Sample::rssMib);
    }

    public Stats stat(ToDoubleFunction<Sample> value) {
        List<Double> values = new ArrayList<>();
        samples.forEach(s -> values.add(value.applyAsDouble(s)));
        return Stats.of(values);
    }
}
