package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times {@code upgrade head} of a chain of one-column revisions from base, with a cold and a warm
 * compile cache, the no-op {@code upgrade head} at head and {@code downgrade base}, next to
 * {@code java -version}; then records which classes the history commands load.
 */
final class ChainBench {
    static final String DATABASE = "retort_bench_chain";

    private final BenchContext ctx;

    ChainBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    ChainResult run(int length) throws IOException {
        Path dir = ctx.work().resolve("chain");
        BenchContext.deleteRecursively(dir);
        Path project = dir.resolve("project");
        ctx.writeProject(project, DATABASE, null);
        ChainMigrations.write(project.resolve("migrations"), length);
        ctx.postgres().recreate(DATABASE, dir);
        ChainResult result = new ChainResult(length);
        Map<String, String> env = ctx.postgres().environment();
        Path cache = project.resolve(".retort/classes");

        int total = ctx.warmups() + ctx.runs();
        for (int round = 0; round < total; round++) {
            boolean measured = round >= ctx.warmups();
            result.load.add(Machine.loadNow());
            measure(result, ChainResult.JAVA_VERSION, List.of(ctx.launcher().java(), "-version"), dir, env, measured);
            measure(result, ChainResult.CLI_VERSION, ctx.retort("--version"), dir, env, measured);
            BenchContext.deleteRecursively(cache);
            measure(result, ChainResult.COLD, ctx.retort("upgrade", "head"), project, env, measured);
            if (round == 0) {
                verify(result, dir, length);
            }
            measure(result, ChainResult.NOOP, ctx.retort("upgrade", "head"), project, env, measured);
            measure(result, ChainResult.DOWN, ctx.retort("downgrade", "base"), project, env, measured);
            measure(result, ChainResult.WARM, ctx.retort("upgrade", "head"), project, env, measured);
            Sample restore = ctx.processes().timed(ctx.retort("downgrade", "base"), project, env, true);
            if (restore.exitCode() != 0) {
                result.errors.add("downgrade base after the warm upgrade exited with " + restore.exitCode());
            }
            ctx.progress("chain: round %d/%d%s: cold %.0f ms, warm %.0f ms, no-op %.0f ms, downgrade %.0f ms", round + 1,
                    total, measured ? "" : " (warm-up)", last(result, ChainResult.COLD), last(result, ChainResult.WARM),
                    last(result, ChainResult.NOOP), last(result, ChainResult.DOWN));
        }

        // Which classes the commands that only work on the history load; upgrade with a cold cache.
        BenchContext.deleteRecursively(cache);
        profile(result, "upgrade head (cold cache)", ctx.retort("upgrade", "head"), project, dir, env);
        profile(result, "current", ctx.retort("current"), project, dir, env);
        profile(result, "history", ctx.retort("history"), project, dir, env);
        profile(result, "heads", ctx.retort("heads"), project, dir, env);
        profile(result, "upgrade head (no-op)", ctx.retort("upgrade", "head"), project, dir, env);
        profile(result, "downgrade base", ctx.retort("downgrade", "base"), project, dir, env);
        if (!ctx.keepDatabases()) {
            ctx.postgres().drop(DATABASE, dir);
        }
        return result;
    }

    private void measure(ChainResult result, String label, List<String> command, Path dir, Map<String, String> env,
                         boolean measured) {
        Sample sample = ctx.processes().timed(command, dir, env, true);
        if (sample.exitCode() != 0) {
            result.series(label).fail("exit " + sample.exitCode() + ": " + Processes.tail(sample.stderr().strip(), 600));
            ctx.progress("chain: %s failed: %s", label, Processes.tail(sample.stderr().strip(), 600));
        } else if (measured) {
            result.series(label).add(sample);
            if (label.equals(ChainResult.COLD)) {
                result.phases.merge("Compiled", Phases.of(sample.stderr(), "Compiled") / ctx.runs(), Double::sum);
            }
        }
    }

    private void verify(ChainResult result, Path dir, int length) {
        String columns = ctx.postgres().scalar(DATABASE,
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'chain'", dir);
        String version = ctx.postgres().scalar(DATABASE, "SELECT string_agg(version_num, ',') FROM retort_version", dir);
        result.verified = "after the first upgrade: table chain has " + columns + " columns (expected " + length
                + "), retort_version holds " + version + " (expected " + ChainMigrations.id(length) + ")";
        if (!columns.equals(String.valueOf(length)) || !ChainMigrations.id(length).equals(version)) {
            result.errors.add(result.verified);
        }
    }

    private void profile(ChainResult result, String label, List<String> command, Path project, Path dir,
                         Map<String, String> env) throws IOException {
        Path log = dir.resolve("classes-" + label.replaceAll("[^a-z]+", "-") + ".log");
        Map<String, String> withLog = new HashMap<>(env);
        withLog.put("RETORT_JAVA_OPTS", ClassLoadProfile.option(log));
        Files.deleteIfExists(log);
        Sample sample = ctx.processes().timed(command, project, withLog, true);
        if (sample.exitCode() != 0) {
            result.errors.add(label + " (class-load run) exited with " + sample.exitCode());
        }
        result.classes.put(label, ClassLoadProfile.read(log));
        result.profiledWall.put(label, sample.wallMillis());
    }

    private static double last(ChainResult result, String label) {
        List<Sample> samples = result.series(label).samples();
        return samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1).wallMillis();
    }
}
