package dev.retort.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage timings a Retort command prints on stderr, such as
 * {@code Reflected schema public: 1000 tables, 1000 sequences (123 ms)}, keyed by the stage's first
 * word ({@code Reflected}, {@code Scanned}, {@code Compared}, {@code Compiled}).
 */
public final class Phases {
    private static final Pattern LINE = Pattern.compile("(?m)^(\\w+)[^\\n]*\\((\\d+) ms\\)\\s*$");

    private Phases() {
    }

    public static Map<String, Double> of(String stderr) {
        Map<String, Double> phases = new LinkedHashMap<>();
        Matcher m = LINE.matcher(stderr);
        while (m.find()) {
            phases.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
        return phases;
    }

    /** The time of one stage, NaN when the output does not show it. */
    public static double of(String stderr, String stage) {
        return of(stderr).getOrDefault(stage, Double.NaN);
    }
}
