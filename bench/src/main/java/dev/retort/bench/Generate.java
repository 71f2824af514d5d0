package dev.retort.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a workload without running anything: {@code Generate N DIR [SEED]} creates DIR/base/src,
 * DIR/mutated/src and DIR/expected.txt.
 */
public final class Generate {
    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : Workload.DEFAULT_SEED;
        Workload w = Workload.generate(n, seed);
        EntitySources.write(w.base(), dir.resolve("base/src"));
        EntitySources.write(w.mutated(), dir.resolve("mutated/src"));
        Files.write(dir.resolve("expected.txt"), w.expectedKeys(), StandardCharsets.UTF_8);
        System.out.printf("%d base entities, %d mutated, %d expected changes in %s%n", w.base().size(), w.mutated().size(),
                w.expected().size(), dir);
    }
}
