package dev.retort.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entry point behind {@code bench/run}: {@code BenchRun --root DIR [options] [N...]}.
 * Options: {@code --runs R} (default 5), {@code --warmups W} (1), {@code --seed S},
 * {@code --chain L} (revisions, default 200; 0 skips the chain), {@code --out FILE}
 * (default bench/results/latest.md), {@code --keep-databases}.
 */
public final class BenchRun {
    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = null;
        int runs = 5;
        int warmups = 1;
        long seed = Workload.DEFAULT_SEED;
        int chainLength = 200;
        Path out = null;
        boolean keep = false;
        List<Integer> ns = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--root")) {
                root = Path.of(args[++i]).toAbsolutePath().normalize();
                continue;
            }
            shown.add(a);
            int at = i;
            switch (a) {
                case "--runs" -> runs = positive(args[++i], a);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--chain" -> chainLength = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--keep-databases" -> keep = true;
                default -> {
                    if (!a.matches("\\d+")) {
                        throw new IllegalArgumentException("unknown argument " + a + " (usage: bench/run [--runs R] [--warmups W]"
                                + " [--seed S] [--chain L] [--out FILE] [--keep-databases] [N...])");
                    }
                    ns.add(positive(a, "N"));
                }
            }
            if (i > at) {
                shown.add(args[i]);
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("--root is required");
        }
        if (ns.isEmpty()) {
            ns.addAll(List.of(100, 1000, 2000));
        }
        ns.sort(Integer::compare);
        if (out == null) {
            out = root.resolve("bench/results/latest.md");
        }
        Path work = root.resolve("bench/target/bench-work");
        Processes processes = new Processes(work.resolve("scratch"));
        BenchContext ctx = new BenchContext(root, work, root.resolve("cli/target/retort.jar"),
                root.resolve("bench/target/classes"), root.resolve("bench/floor/catalog.sql"), processes,
                Postgres.fromEnvironment(processes), Launcher.read(root), runs, warmups, seed, keep, System.err);
        long start = System.nanoTime();
        Map<String, String> machine = Machine.describe(ctx);
        ctx.progress("bench: N = %s, %d runs after %d warm-up, chain of %d; machine: %s", ns, runs, warmups, chainLength, machine);

        List<ModelResult> models = new ArrayList<>();
        for (int n : ns) {
            models.add(new ModelBench(ctx).run(n));
        }
        ChainResult chain = chainLength > 0 ? new ChainBench(ctx).run(chainLength) : null;
        double minutes = (System.nanoTime() - start) / 6e10;
        String report = new Report("bench/run" + (shown.isEmpty() ? "" : " " + String.join(" ", shown)), machine, models,
                chain, ctx, Machine.loadAverage(), minutes).render();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        ctx.progress("bench: wrote %s (%.1f min)", out, minutes);
        System.out.print(report);
    }

    private static int positive(String value, String what) {
        int v = Integer.parseInt(value);
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
        return v;
    }
}
