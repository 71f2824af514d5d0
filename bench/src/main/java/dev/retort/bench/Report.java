package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the results of a run as Markdown: targets first, then detection, figures and the machine. */
final class Report {
    private static final int LISTED = 40;

    private final StringBuilder md = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    private final String commandLine;
    private final Map<String, String> machine;
    private final List<ModelResult> models;
    private final ChainResult chain;
    private final BenchContext ctx;
    private final String loadAtEnd;
    private final double totalMinutes;

    Report(String commandLine, Map<String, String> machine, List<ModelResult> models, ChainResult chain,
           BenchContext ctx, String loadAtEnd, double totalMinutes) {
        this.commandLine = commandLine;
        this.machine = machine;
        this.models = models;
        this.chain = chain;
        this.ctx = ctx;
        this.loadAtEnd = loadAtEnd;
        this.totalMinutes = totalMinutes;
    }

    String render() {
        evaluateTargets();
        md.append("# Retort benchmark: latest results\n\n");
        md.append("Produced by `").append(commandLine).append("` (").append(ctx.runs()).append(" timed runs after ")
                .append(ctx.warmups()).append(" warm-up per command, commands alternating within each round; seed ")
                .append(ctx.seed()).append("; whole run ").append(fmt1(totalMinutes)).append(" min). How to rerun: `bench/README.md`.\n")
                .append("Times are whole-process wall clock in ms unless marked in-process; RSS is GNU time's peak resident set.\n")
                .append("Ratios use medians measured in the same run.\n\n");
        renderTargets();
        renderDetection();
        for (ModelResult m : models) {
            renderModel(m);
        }
        if (chain != null) {
            renderChain();
        }
        renderMachine();
        return md.toString();
    }

    private void target(String what, String limit, String measured, Boolean pass) {
        targets.add(new String[] {what, limit, measured, pass == null ? "n/a" : pass ? "PASS" : "FAIL"});
    }

    private ModelResult model(int n) {
        return models.stream().filter(m -> m.n == n).findFirst().orElse(null);
    }

    private static double median(Series s) {
        return s.samples().isEmpty() ? Double.NaN : s.wall().median();
    }

    private static double phase(Series s, String stage) {
        return s.samples().isEmpty() ? Double.NaN : s.stat(x -> Phases.of(x.stderr(), stage)).median();
    }

    private void evaluateTargets() {
        for (ModelResult m : models) {
            double floor = median(m.series(ModelResult.HIBERNATE)) + median(m.series(ModelResult.PSQL));
            double limit = m.n == 100 ? 1.3 : m.n == 1000 || m.n == 2000 ? 1.2 : Double.NaN;
            for (String cmd : List.of(ModelResult.CHECK, ModelResult.AUTOGENERATE)) {
                double wall = median(m.series(cmd));
                double ratio = wall / floor;
                String measured = String.format(Locale.ROOT, "%.2f × (%.0f / (%.0f + %.0f))", ratio, wall,
                        median(m.series(ModelResult.HIBERNATE)), median(m.series(ModelResult.PSQL)));
                target(shortName(cmd) + " at N = " + m.n + ": wall / (Hibernate boot + psql catalog read)",
                        Double.isNaN(limit) ? "none (information)" : "≤ " + limit + " ×", measured,
                        Double.isNaN(limit) || Double.isNaN(ratio) ? null : ratio <= limit);
            }
        }
        for (int i = 0; i + 1 < models.size(); i++) {
            ModelResult a = models.get(i);
            ModelResult b = models.get(i + 1);
            double nRatio = (double) b.n / a.n;
            boolean doubling = a.n == 1000 && b.n == 2000;
            for (String cmd : List.of(ModelResult.CHECK, ModelResult.AUTOGENERATE)) {
                double ratio = median(b.series(cmd)) / median(a.series(cmd));
                String measured = String.format(Locale.ROOT, "%.2f × (%.0f / %.0f)", ratio, median(b.series(cmd)),
                        median(a.series(cmd)));
                if (doubling) {
                    target(shortName(cmd) + " wall N = 2000 / N = 1000 (doubling N at most doubles the time)", "≤ 2 ×",
                            measured, Double.isNaN(ratio) ? null : ratio <= nRatio);
                } else {
                    target(shortName(cmd) + " wall N = " + b.n + " / N = " + a.n, "none (information; N grew "
                            + fmt2(nRatio) + " ×)", measured + (ratio <= nRatio ? ", within linear" : ", worse than linear"), null);
                }
            }
        }
        for (ModelResult m : models) {
            double reflect = phase(m.series(ModelResult.CHECK), "Reflected");
            double psql = median(m.series(ModelResult.PSQL));
            double ratio = reflect / psql;
            boolean official = m.n == 2000;
            target("reflection (in-process, from check's stderr) of the " + m.n + "-table database / psql catalog read",
                    official ? "≤ 1.5 ×" : "none (information)",
                    String.format(Locale.ROOT, "%.2f × (%.0f / %.0f)", ratio, reflect, psql),
                    official && !Double.isNaN(ratio) ? ratio <= 1.5 : null);
        }
        if (chain != null) {
            double java = median(chain.series(ChainResult.JAVA_VERSION));
            double warm = median(chain.series(ChainResult.WARM));
            double noop = median(chain.series(ChainResult.NOOP));
            double cold = median(chain.series(ChainResult.COLD));
            double cli = median(chain.series(ChainResult.CLI_VERSION));
            target("`retort --version` (JVM + CLI start-up, no work) / java -version", "none (information)",
                    String.format(Locale.ROOT, "%.2f × (%.0f / %.0f)", cli / java, cli, java), null);
            target("upgrade head of " + chain.length + " revisions, warm compile cache / java -version", "≤ 6 ×",
                    String.format(Locale.ROOT, "%.2f × (%.0f / %.0f)", warm / java, warm, java), ok(warm) ? warm / java <= 6 : null);
            target("no-op upgrade head at head / java -version", "≤ 4 ×",
                    String.format(Locale.ROOT, "%.2f × (%.0f / %.0f)", noop / java, noop, java), ok(noop) ? noop / java <= 4 : null);
            target("upgrade head of " + chain.length + " revisions, cold (no compile cache)", "≤ 3000 ms",
                    String.format(Locale.ROOT, "%.0f ms (median; max %.0f)", cold, chain.series(ChainResult.COLD).wall().max()),
                    ok(cold) ? cold <= 3000 : null);
            for (Map.Entry<String, ClassLoadProfile> e : chain.classes.entrySet()) {
                ClassLoadProfile p = e.getValue();
                int bad = p.count("Hibernate") + p.count("SchemaCrawler");
                target("`" + e.getKey() + "` loads no Hibernate or SchemaCrawler class", "0 classes",
                        p.count("Hibernate") + " Hibernate, " + p.count("SchemaCrawler") + " SchemaCrawler (of "
                                + p.total() + " classes)", p.total() == 0 ? null : bad == 0);
            }
        }
        ModelResult thousand = model(1000);
        if (thousand != null) {
            double rss = Math.max(thousand.series(ModelResult.CHECK).rss().max(), thousand.series(ModelResult.AUTOGENERATE).rss().max());
            target("peak RSS at N = 1000 (check and autogenerate, worst run)", "≤ 350 MiB",
                    String.format(Locale.ROOT, "%.0f MiB (check median %.0f, autogenerate median %.0f)", rss,
                            thousand.series(ModelResult.CHECK).rss().median(), thousand.series(ModelResult.AUTOGENERATE).rss().median()),
                    ok(rss) ? rss <= 350 : null);
        }
        ModelResult big = model(5000);
        if (big != null) {
            boolean done = big.errors.isEmpty() && big.series(ModelResult.CHECK).failures().isEmpty()
                    && big.series(ModelResult.AUTOGENERATE).failures().isEmpty()
                    && big.series(ModelResult.CHECK).samples().size() == ctx.runs()
                    && big.series(ModelResult.AUTOGENERATE).samples().size() == ctx.runs();
            target("N = 5000 completes with the JVM's default heap", "every run",
                    String.format(Locale.ROOT, "%d/%d check, %d/%d autogenerate runs succeeded; peak RSS %.0f MiB",
                            big.series(ModelResult.CHECK).samples().size(), ctx.runs(),
                            big.series(ModelResult.AUTOGENERATE).samples().size(), ctx.runs(),
                            Math.max(big.series(ModelResult.CHECK).rss().max(), big.series(ModelResult.AUTOGENERATE).rss().max())),
                    done);
        }
        for (ModelResult m : models) {
            target("detection at N = " + m.n + ": all expected found, 0 extra, 0 for the unmutated model", "exact",
                    m.detectionRan ? String.format(Locale.ROOT, "%d/%d found, %d missed, %d extra, control %d",
                            m.workload.expected().size() - m.missed.size(), m.workload.expected().size(), m.missed.size(),
                            m.extra.size(), m.control.size()) : "did not run: " + String.join("; ", m.errors),
                    m.detectionPassed());
        }
    }

    private static boolean ok(double v) {
        return !Double.isNaN(v);
    }

    private static String shortName(String cmd) {
        return cmd.equals(ModelResult.CHECK) ? "`check`" : "`autogenerate`";
    }

    private void renderTargets() {
        md.append("## Targets\n\n| Target | Limit | Measured | Result |\n|---|---|---|---|\n");
        for (String[] t : targets) {
            md.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" | ")
                    .append(t[3].equals("FAIL") ? "**FAIL**" : t[3]).append(" |\n");
        }
        long failed = targets.stream().filter(t -> t[3].equals("FAIL")).count();
        long passed = targets.stream().filter(t -> t[3].equals("PASS")).count();
        md.append("\n").append(passed).append(" passed, ").append(failed).append(" failed (lines marked information or n/a are not targets).\n\n");
    }

    private void renderDetection() {
        md.append("## Detection\n\n`check --format json` with the mutated model against the base database (built from Hibernate's own create script"
                + " for the base model); every entry turned into a key (`op table column|name [value]`) and compared with the generator's"
                + " `expected.txt`. Control: the unmutated model against the same database. Round trip (extra): autogenerate the migration,"
                + " `upgrade head`, `check` must find nothing; `downgrade base`, `check` of the unmutated model must find nothing.\n\n");
        md.append("| N | k | expected | found | missed | extra | control entries | round trip |\n|---|---|---|---|---|---|---|---|\n");
        for (ModelResult m : models) {
            md.append("| ").append(m.n).append(" | ").append(m.workload.k()).append(" | ").append(m.workload.expected().size())
                    .append(" | ").append(m.found.size()).append(" | ").append(m.missed.size()).append(" | ").append(m.extra.size())
                    .append(" | ").append(m.control.size()).append(" | ").append(m.roundTripPassed ? "PASS" : "**FAIL**")
                    .append(" |\n");
        }
        md.append('\n');
        for (ModelResult m : models) {
            md.append("- N = ").append(m.n).append(": kinds × ").append(m.workload.k()).append(" — round trip: ").append(m.roundTrip).append('\n');
            list("missed", m.missed);
            list("extra", m.extra);
            list("control (unmutated model)", m.control);
            for (String e : m.errors) {
                md.append("  - error: ").append(e.replace('\n', ' ')).append('\n');
            }
        }
        md.append('\n');
    }

    private void list(String label, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        md.append("  - ").append(label).append(" (").append(keys.size()).append("): `")
                .append(String.join("`, `", keys.subList(0, Math.min(LISTED, keys.size())))).append('`')
                .append(keys.size() > LISTED ? ", …" : "").append('\n');
    }

    private void renderModel(ModelResult m) {
        md.append("## N = ").append(m.n).append("\n\n");
        md.append("Database `").append(m.database.getOrDefault("name", "?")).append("`: ").append(m.database.getOrDefault("contents", "?"))
                .append(". Mutated model: ").append(m.workload.mutated().size()).append(" entities.\n\n");
        md.append("| Command | runs | wall min | wall median | wall max | RSS min (MiB) | RSS median | RSS max |\n|---|---|---|---|---|---|---|---|\n");
        for (Series s : m.series.values()) {
            row(s);
        }
        Series check = m.series(ModelResult.CHECK);
        Series autogenerate = m.series(ModelResult.AUTOGENERATE);
        md.append("\nIn-process stages (median ms, from stderr; scanning runs in parallel with reflection): check: reflect ")
                .append(fmt0(phase(check, "Reflected"))).append(", scan ").append(fmt0(phase(check, "Scanned")))
                .append(", compare ").append(fmt0(phase(check, "Compared"))).append("; autogenerate: reflect ")
                .append(fmt0(phase(autogenerate, "Reflected"))).append(", scan ").append(fmt0(phase(autogenerate, "Scanned")))
                .append(", compare ").append(fmt0(phase(autogenerate, "Compared"))).append("; Hibernate floor in-process: ")
                .append(fmt0(phase(m.series(ModelResult.HIBERNATE), "Hibernate"))).append(".\n\n");
        if (m.checkClasses != null) {
            md.append("Classes loaded by one `check` run: ").append(m.checkClasses.total()).append(" (");
            List<String> parts = new ArrayList<>();
            m.checkClasses.groups().forEach((g, c) -> {
                if (c > 0) {
                    parts.add(g + " " + c);
                }
            });
            md.append(String.join(", ", parts)).append(").\n\n");
        }
        md.append("1-minute load average at the start of each round: ").append(loads(m.load)).append(".\n\n");
        md.append("Set-up (not timed against targets): ");
        List<String> setup = new ArrayList<>();
        m.setupMillis.forEach((k, v) -> setup.add(k + " " + fmt0(v) + " ms"));
        md.append(String.join(", ", setup)).append(".\n\n");
    }

    private void row(Series s) {
        Stats w = s.wall();
        Stats r = s.rss();
        md.append("| ").append(s.label()).append(" | ").append(w.count())
                .append(s.failures().isEmpty() ? "" : " (" + s.failures().size() + " failed)").append(" | ")
                .append(fmt0(w.min())).append(" | ").append(fmt0(w.median())).append(" | ").append(fmt0(w.max())).append(" | ")
                .append(fmt0(r.min())).append(" | ").append(fmt0(r.median())).append(" | ").append(fmt0(r.max())).append(" |\n");
        for (String f : s.failures().subList(0, Math.min(3, s.failures().size()))) {
            md.append("|  ↳ failure: ").append(f.replace('\n', ' ').replace("|", "\\|")).append(" | | | | | | | |\n");
        }
    }

    private void renderChain() {
        md.append("## Revision chain (").append(chain.length).append(" revisions, one column each)\n\n");
        md.append("Database `").append(ChainBench.DATABASE).append("`; ").append(chain.verified).append(". Cold = `.retort/classes` deleted before the run;"
                + " downgrade base is timed from head with the cache warm, and the database is brought back to base (untimed) before each round.\n\n");
        md.append("| Command | runs | wall min | wall median | wall max | RSS min (MiB) | RSS median | RSS max |\n|---|---|---|---|---|---|---|---|\n");
        for (Series s : chain.series.values()) {
            row(s);
        }
        md.append("\n1-minute load average at the start of each round: ").append(loads(chain.load)).append(".\n");
        md.append("\nCold upgrade: compiling the ").append(chain.length).append(" sources took ")
                .append(fmt0(chain.phases.getOrDefault("Compiled", Double.NaN))).append(" ms in-process (mean).\n\n");
        md.append("Classes loaded (`-Xlog:class+load`, the unified-logging form of `-verbose:class`, via RETORT_JAVA_OPTS), one run each:\n\n");
        List<String> groups = new ArrayList<>();
        ClassLoadProfile.GROUPS.forEach(g -> groups.add(g.getKey()));
        groups.add("other");
        md.append("| Command | wall (ms) | total |");
        groups.forEach(g -> md.append(' ').append(g).append(" |"));
        md.append("\n|---|---|---|");
        groups.forEach(g -> md.append("---|"));
        md.append('\n');
        for (Map.Entry<String, ClassLoadProfile> e : chain.classes.entrySet()) {
            md.append("| `").append(e.getKey()).append("` | ").append(fmt0(chain.profiledWall.get(e.getKey()))).append(" | ")
                    .append(e.getValue().total()).append(" |");
            groups.forEach(g -> md.append(' ').append(e.getValue().count(g)).append(" |"));
            md.append('\n');
        }
        for (String e : chain.errors) {
            md.append("\n- error: ").append(e);
        }
        md.append("\n\n");
    }

    private void renderMachine() {
        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|").replace('\n', ' ')).append(" |\n"));
        md.append("| load average at end | ").append(loadAtEnd).append(" |\n");
    }

    private static String loads(List<Double> values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(String.format(Locale.ROOT, "%.2f", v)));
        return String.join(", ", shown);
    }

    private static String fmt0(Double v) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
