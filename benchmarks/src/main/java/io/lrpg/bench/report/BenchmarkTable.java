package io.lrpg.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lrpg.bench.PaperShape;
import io.lrpg.core.train.PolicyGradientTrainerRunBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Generates the Markdown benchmark table from a JMH JSON result file ({@code -rf json -rff …}):
 * headline (update, act, step, with the targets of issue #5 and of the training-loop issue marked as met
 * or not), the scaling table, every kernel with its arithmetic floor ({@link Floor}) beside the measured
 * time, environment steps, episodes, whole training runs in environment steps per second, and allocation
 * ({@code -prof gc}). If a file {@code environment.txt} lies next to the JSON
 * file, it is copied into the table's header (CPU, JDK, fork count, command).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.lrpg.bench.report.BenchmarkTable
 * results.json [table.md]} (without the second argument the table goes to standard output).
 *
 * <p>Every time is the median over forks of the per-fork score, so one disturbed fork on a shared machine
 * does not move it; the fork range is printed next to it.
 */
public final class BenchmarkTable {

    /** Target of issue #5: low-rank updates per second ≥ 100 × the network's on the same episode. */
    static final double UPDATE_SPEEDUP_TARGET = 100.0;
    /** Target: low-rank act ≤ 50 ns. */
    static final double ACT_TARGET_NS = 50.0;
    /** Target: pendulum step ≤ 20 ns. */
    static final double PENDULUM_STEP_TARGET_NS = 20.0;
    /** Target of the training-loop issue: a pendulum training run at ≤ 83 ns per environment step (≥ 12 M/s). */
    static final double RUN_STEP_TARGET_NS = 83.0;
    /** Target of the training-loop issue: low-rank update (dense Adam) ≥ 150 × the network's. */
    static final double UPDATE_SPEEDUP_FLOOR_TARGET = 150.0;
    /** Target of the training-loop issue: low-rank update (dense Adam) in µs, per environment. */
    static final Map<String, Double> UPDATE_TARGET_US = Map.of("pendulum", 2.5, "acrobot", 4.0, "goddard", 5.0);

    private static final String[] ENVS = {"pendulum", "acrobot", "goddard"};

    private BenchmarkTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchmarkTable results.json [table.md]");
            System.exit(2);
        }
        Path json = Path.of(args[0]);
        Path environment = json.toAbsolutePath().resolveSibling("environment.txt");
        String environmentText = Files.exists(environment) ? Files.readString(environment) : null;
        String markdown = render(read(json), json.getFileName().toString(), environmentText);
        if (args.length == 2) {
            Files.writeString(Path.of(args[1]), markdown, StandardCharsets.UTF_8);
        } else {
            System.out.print(markdown);
        }
    }

    /** Parses a JMH JSON result file. */
    public static List<Measurement> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Measurement> out = new ArrayList<>();
        for (JsonNode result : root) {
            String full = result.get("benchmark").asText();
            int method = full.lastIndexOf('.');
            String className = full.substring(0, method);
            String simple = className.substring(className.lastIndexOf('.') + 1) + full.substring(method);
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode p = result.get("params");
            if (p != null) {
                for (Map.Entry<String, JsonNode> e : p.properties()) {
                    params.put(e.getKey(), e.getValue().asText());
                }
            }
            String mode = result.get("mode").asText();
            JsonNode primary = result.get("primaryMetric");
            JsonNode raw = primary.get("rawData");
            double[] forkScores = new double[raw.size()];
            for (int f = 0; f < raw.size(); f++) {
                double[] iterations = new double[raw.get(f).size()];
                for (int i = 0; i < iterations.length; i++) {
                    iterations[i] = raw.get(f).get(i).asDouble();
                }
                forkScores[f] = "ss".equals(mode) ? median(iterations) : mean(iterations);
            }
            double allocation = Double.NaN;
            JsonNode secondary = result.get("secondaryMetrics");
            for (String key : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) { // JMH 1.37 / older
                if (secondary != null && secondary.has(key)) {
                    allocation = secondary.get(key).get("score").asDouble();
                }
            }
            double[] sorted = forkScores.clone();
            Arrays.sort(sorted);
            out.add(new Measurement(simple, className, mode, params, primary.get("scoreUnit").asText(),
                    median(forkScores), sorted[0], sorted[sorted.length - 1], forkScores.length, allocation));
        }
        return out;
    }

    /** The Markdown table. */
    public static String render(List<Measurement> results, String source, String environment) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Generated by `io.lrpg.bench.report.BenchmarkTable` from `").append(source)
                .append("`; do not edit by hand. Times are the **median over forks** of each fork's score "
                        + "(average-time benchmarks: the mean of its measurement iterations; single-shot: their "
                        + "median); the fork range is in brackets.\n\n");
        TreeSet<Integer> forks = new TreeSet<>();
        for (Measurement m : results) {
            forks.add(m.forks());
        }
        md.append("Forks per benchmark and parameter set: ").append(forks).append(".\n\n");
        if (environment != null) {
            md.append("```\n").append(environment.strip()).append("\n```\n\n");
        }
        headline(md, results);
        scaling(md, results);
        kernels(md, results);
        steps(md, results);
        episodes(md, results);
        runs(md, results);
        allocation(md, results);
        md.append("## Floor formulas\n\n")
                .append("flops: each double add, subtract, multiply, divide, sqrt and exp counts 1 (compares, clip, "
                        + "rint, integer index arithmetic and random draws count 0). bytes: every double operand "
                        + "read or written, 8 bytes each, once per operation. D observation length, k rank, "
                        + "B episode length, P factor entries an Adam step visits. Indexer 4D flops / 8D bytes; "
                        + "get 2k / 16k; accumulate 4k / 48k; sampleAction 4D+2k+2 / 8D+16k; actor gradient "
                        + "B(6k+12) / B(16+64k) (cells read from the step keys); critic pass (values and gradient) "
                        + "B(6k+3) / B(16+64k), plus critic cells B·4D / B·8D when the critic's grid is not the "
                        + "actor's; returns and advantages 3B / 40B; Adam 13P dense, 12P sparse / "
                        + "56P, with dense P = (N+M)k per matrix and sparse P = (touched rows of L + of R)·k; "
                        + "log σ adds one entry. Full derivation in `io.lrpg.bench.report.Floor`.\n");
        return md.toString();
    }

    private static void headline(StringBuilder md, List<Measurement> all) {
        md.append("## Headline\n\n");
        md.append("| environment | update lowrank dense | update lowrank sparse | update nn | "
                + "nn / lowrank dense | act lowrank | act nn |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String env : ENVS) {
            Optional<Measurement> dense = find(all, "LowRankAgentUpdateBenchmark.update", env, "DENSE");
            Optional<Measurement> sparse = find(all, "LowRankAgentUpdateBenchmark.update", env, "SPARSE");
            Optional<Measurement> nn = findModel(all, "update", env, "nn");
            Optional<Measurement> act = find(all, "LowRankGaussianPolicyBenchmark.sampleAction", env, null);
            Optional<Measurement> actNn = findModel(all, "act", env, "nn");
            md.append("| ").append(env)
                    .append(" | ").append(dense.map(BenchmarkTable::perSecond).orElse("—"))
                    .append(" | ").append(sparse.map(BenchmarkTable::perSecond).orElse("—"))
                    .append(" | ").append(nn.map(BenchmarkTable::perSecond).orElse("not measured"))
                    .append(" | ").append(nn.isPresent() && dense.isPresent()
                            ? String.format(Locale.ROOT, "%.0f×", nn.get().nanos() / dense.get().nanos()) : "—")
                    .append(" | ").append(act.map(BenchmarkTable::time).orElse("—"))
                    .append(" | ").append(actNn.map(BenchmarkTable::time).orElse("not measured"))
                    .append(" |\n");
        }
        md.append("\n### Targets of issue #5 (measured, not asserted)\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        for (String env : ENVS) {
            Optional<Measurement> dense = find(all, "LowRankAgentUpdateBenchmark.update", env, "DENSE");
            Optional<Measurement> nn = findModel(all, "update", env, "nn");
            if (dense.isPresent() && nn.isPresent()) {
                double ratio = nn.get().nanos() / dense.get().nanos();
                md.append(String.format(Locale.ROOT, "| %s update: lowrank (dense Adam) updates/s ≥ 100 × nn | %.0f× | %s |\n",
                        env, ratio, yes(ratio >= UPDATE_SPEEDUP_TARGET)));
            } else {
                md.append("| ").append(env).append(" update: lowrank updates/s ≥ 100 × nn | nn not measured | — |\n");
            }
        }
        for (String env : ENVS) {
            find(all, "LowRankGaussianPolicyBenchmark.sampleAction", env, null).ifPresent(m -> md.append(
                    String.format(Locale.ROOT, "| %s act (lowrank) ≤ 50 ns | %.1f ns | %s |\n", env, m.nanos(),
                            yes(m.nanos() <= ACT_TARGET_NS))));
        }
        find(all, "EnvironmentStepBenchmark.step", "pendulum", null).ifPresent(m -> md.append(
                String.format(Locale.ROOT, "| pendulum step ≤ 20 ns | %.1f ns | %s |\n", m.nanos(),
                        yes(m.nanos() <= PENDULUM_STEP_TARGET_NS))));
        TreeSet<Integer> ks = new TreeSet<>();
        for (Measurement m : select(all, "LowRankGaussianPolicyScalingBenchmark.update")) {
            ks.add(Integer.parseInt(m.param("k")));
        }
        for (int k : ks) {
            Optional<Measurement> small = scalingCell(all, "update", k, 10, "SPARSE");
            Optional<Measurement> large = scalingCell(all, "update", k, 316, "SPARSE");
            if (small.isPresent() && large.isPresent()) {
                double ratio = large.get().nanos() / small.get().nanos();
                md.append(String.format(Locale.ROOT,
                        "| gradient + sparse Adam flat in grid size (k = %d: side 316 / side 10 ≤ 1.5) | %.2f | %s |\n",
                        k, ratio, yes(ratio <= 1.5)));
            }
        }
        md.append("\n### Targets of the training-loop issue (measured, not asserted)\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        find(all, "PolicyGradientTrainerRunBenchmark.run", "pendulum", null).ifPresent(m -> {
            double ns = m.nanos() / runSteps(m);
            md.append(String.format(Locale.ROOT, "| pendulum training run ≤ 83 ns per environment step "
                    + "(≥ 12 M steps/s) | %.1f ns (%.3g steps/s) | %s |\n", ns, 1e9 / ns, yes(ns <= RUN_STEP_TARGET_NS)));
        });
        for (String env : ENVS) {
            find(all, "LowRankAgentUpdateBenchmark.update", env, "DENSE").ifPresent(m -> md.append(
                    String.format(Locale.ROOT, "| %s update (lowrank, dense Adam) ≤ %.1f µs | %.2f µs | %s |\n",
                            env, UPDATE_TARGET_US.get(env), m.nanos() / 1e3,
                            yes(m.nanos() / 1e3 <= UPDATE_TARGET_US.get(env)))));
        }
        for (String env : ENVS) {
            Optional<Measurement> dense = find(all, "LowRankAgentUpdateBenchmark.update", env, "DENSE");
            Optional<Measurement> nn = findModel(all, "update", env, "nn");
            if (dense.isPresent() && nn.isPresent()) {
                double ratio = nn.get().nanos() / dense.get().nanos();
                md.append(String.format(Locale.ROOT,
                        "| %s update: lowrank (dense Adam) ≥ 150 × nn | %.0f× | %s |\n", env, ratio,
                        yes(ratio >= UPDATE_SPEEDUP_FLOOR_TARGET)));
            }
        }
        md.append("\n");
    }

    /** The matrix's scaling benchmark (2-D side×side grid). */
    private static final String MATRIX_SCALING = "LowRankGaussianPolicyScalingBenchmark";
    /** The tensor's scaling benchmark (three modes of side points). */
    private static final String TENSOR_SCALING = "TensorGaussianPolicyScalingBenchmark";

    private static void scaling(StringBuilder md, List<Measurement> all) {
        scaling(md, all, MATRIX_SCALING, "## Scaling: actor update vs rank k and grid side (µs per update, B = 100)\n\n"
                + "The episode touches 10 rows of L and 10 of R at every side; the grid is side×side. "
                + "`gradient` is O(B·k); `dense` adds PyTorch Adam over all 2·side·k factor entries; "
                + "`sparse` adds SparseAdam over the touched rows only.");
        scaling(md, all, TENSOR_SCALING, "## Scaling: tensor actor update vs rank k and points per mode "
                + "(µs per update, B = 100)\n\n"
                + "CP tensor with three modes of `side` points each (side³ cells, 3·side·k factor entries); the "
                + "episode touches min(side, 10) rows of each factor. `gradient` is O(B·D·k); `dense` adds "
                + "PyTorch Adam over all 3·side·k factor entries; `sparse` adds SparseAdam over the touched rows "
                + "only.");
    }

    private static void scaling(StringBuilder md, List<Measurement> all, String benchmark, String heading) {
        List<Measurement> gradient = select(all, benchmark + ".gradient");
        List<Measurement> update = select(all, benchmark + ".update");
        if (gradient.isEmpty() && update.isEmpty()) {
            return;
        }
        TreeSet<Integer> ks = new TreeSet<>();
        TreeSet<Integer> sides = new TreeSet<>();
        for (Measurement m : gradient) {
            ks.add(Integer.parseInt(m.param("k")));
            sides.add(Integer.parseInt(m.param("side")));
        }
        for (Measurement m : update) {
            ks.add(Integer.parseInt(m.param("k")));
            sides.add(Integer.parseInt(m.param("side")));
        }
        md.append(heading).append(" Last column: side ").append(sides.last()).append(" / side ")
                .append(sides.first()).append(".\n\n");
        md.append("| path | k |");
        for (int side : sides) {
            md.append(" side ").append(side).append(" |");
        }
        md.append(" ratio |\n|---|---|");
        md.append("---|".repeat(sides.size() + 1)).append("\n");
        String[][] paths = {{"gradient", null}, {"update", "DENSE"}, {"update", "SPARSE"}};
        for (String[] path : paths) {
            for (int k : ks) {
                md.append("| ").append(path[1] == null ? "gradient" : "gradient + " + path[1].toLowerCase(Locale.ROOT)
                        + " Adam").append(" | ").append(k).append(" |");
                for (int side : sides) {
                    md.append(' ').append(scalingCell(all, benchmark, path[0], k, side, path[1])
                            .map(m -> String.format(Locale.ROOT, "%.2f", m.nanos() / 1e3)).orElse("—")).append(" |");
                }
                Optional<Measurement> small = scalingCell(all, benchmark, path[0], k, sides.first(), path[1]);
                Optional<Measurement> large = scalingCell(all, benchmark, path[0], k, sides.last(), path[1]);
                md.append(' ').append(small.isPresent() && large.isPresent()
                        ? String.format(Locale.ROOT, "%.2f", large.get().nanos() / small.get().nanos()) : "—")
                        .append(" |\n");
            }
        }
        md.append("\n");
    }

    private static void kernels(StringBuilder md, List<Measurement> all) {
        md.append("## Kernels and their arithmetic floors\n\n");
        md.append("| benchmark | params | time [fork range] | flops/op | bytes/op | GFLOP/s | GB/s | floor formula |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : all) {
            Optional<Floor> floor = Floor.of(m.benchmark(), m.params());
            if (floor.isEmpty()) {
                continue;
            }
            Floor f = floor.get();
            md.append("| ").append(m.benchmark()).append(" | ").append(params(m)).append(" | ").append(time(m))
                    .append(String.format(Locale.ROOT, " | %.0f | %.0f | %.2f | %.2f | %s |\n", f.flops(), f.bytes(),
                            f.flops() / m.nanos(), f.bytes() / m.nanos(), f.formula()));
        }
        md.append("\n");
    }

    private static void steps(StringBuilder md, List<Measurement> all) {
        List<Measurement> steps = select(all, "EnvironmentStepBenchmark.step");
        if (steps.isEmpty()) {
            return;
        }
        md.append("## Environment step (including the amortized reset)\n\n"
                + "`step`: `Environment.step` as `Environments.create` builds it (allocates the observation and the "
                + "`Step`); `transition`: the model's physics alone into preallocated arrays.\n\n"
                + "| environment | step [fork range] | steps/s | step B/op | transition (model only) |\n"
                + "|---|---|---|---|---|\n");
        for (Measurement m : steps) {
            Optional<Measurement> model = find(all, "EnvironmentModelBenchmark.transition", m.param("env"), null);
            md.append("| ").append(m.param("env")).append(" | ").append(time(m)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3g", 1e9 / m.nanos())).append(" | ")
                    .append(Double.isNaN(m.allocation()) ? "—" : String.format(Locale.ROOT, "%.0f", m.allocation()))
                    .append(" | ").append(model.map(BenchmarkTable::time).orElse("—")).append(" |\n");
        }
        md.append("\n");
    }

    private static void episodes(StringBuilder md, List<Measurement> all) {
        List<Measurement> episodes = new ArrayList<>();
        for (Measurement m : all) {
            if (m.benchmark().endsWith(".episode")) {
                episodes.add(m);
            }
        }
        if (episodes.isEmpty()) {
            return;
        }
        md.append("## One training episode (collect + update; the first episode of a seeded run)\n\n"
                + "| benchmark | model | params | time [fork range] | steps | time per step |\n"
                + "|---|---|---|---|---|---|\n");
        for (Measurement m : episodes) {
            int steps = episodeSteps(m);
            md.append("| ").append(m.benchmark()).append(" | ").append(m.model()).append(" | ").append(params(m))
                    .append(" | ").append(time(m)).append(" | ").append(steps > 0 ? String.valueOf(steps) : "—")
                    .append(" | ").append(steps > 0
                            ? String.format(Locale.ROOT, "%.3g µs", m.nanos() / steps / 1e3) : "—").append(" |\n");
        }
        md.append("\n");
    }

    private static void runs(StringBuilder md, List<Measurement> all) {
        List<Measurement> runs = select(all, "PolicyGradientTrainerRunBenchmark.run");
        if (runs.isEmpty()) {
            return;
        }
        md.append("## Whole training run (end to end, one thread; the same seeded run every iteration)\n\n"
                + "`PolicyGradientTrainer.train` with the paper's low-rank settings (dense Adam): acting, "
                + "environment steps, bookkeeping and one update per episode, without JVM start-up. Goddard runs "
                + PolicyGradientTrainerRunBenchmark.GODDARD_EPISODES + " of its 30 000 episodes. The steps are "
                + "counted by replaying the run.\n\n"
                + "| environment | episodes | environment steps | time per run [fork range] | ns per step | steps/s |\n"
                + "|---|---|---|---|---|---|\n");
        for (Measurement m : runs) {
            PaperShape shape = PaperShape.parse(m.param("env"));
            long steps = runSteps(m);
            md.append("| ").append(m.param("env")).append(" | ")
                    .append(PolicyGradientTrainerRunBenchmark.settings(shape).episodes()).append(" | ").append(steps)
                    .append(" | ").append(time(m)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f | %.3g |\n", m.nanos() / steps, 1e9 * steps / m.nanos()));
        }
        md.append("\n");
    }

    /** The environment steps of the measured run (replayed with the benchmark's seed). */
    private static long runSteps(Measurement m) {
        return PolicyGradientTrainerRunBenchmark.steps(PaperShape.parse(m.param("env")));
    }

    /** The length of the measured low-rank episode (replayed with the benchmark's seed), or 0 if unknown. */
    private static int episodeSteps(Measurement m) {
        if (m.benchmark().equals("NeuralBaselineEpisodeBenchmark.episode")) {
            return io.lrpg.nn.NeuralBaselineEpisodeBenchmark.replay(io.lrpg.bench.PaperShape.parse(m.param("env")))
                    .length();
        }
        if (!m.benchmark().equals("PolicyGradientTrainerEpisodeBenchmark.episode")) {
            return 0;
        }
        return io.lrpg.core.train.PolicyGradientTrainerEpisodeBenchmark.replay(
                io.lrpg.bench.PaperShape.parse(m.param("env")),
                io.lrpg.core.optim.AdamMode.valueOf(m.param("adam"))).length();
    }

    private static void allocation(StringBuilder md, List<Measurement> all) {
        List<Measurement> measured = new ArrayList<>();
        for (Measurement m : all) {
            if (!Double.isNaN(m.allocation())) {
                measured.add(m);
            }
        }
        md.append("## Allocation (`-prof gc`, gc.alloc.rate.norm)\n\n");
        if (measured.isEmpty()) {
            md.append("Not measured: this result file was produced without `-prof gc`.\n\n");
            return;
        }
        md.append("The smallest Java object takes 16 bytes, so a value below 16 B/op means the operation itself "
                + "allocates nothing; the residue is set-up work amortized over the iteration (the update benchmarks "
                + "rebuild their models before each iteration). Single-shot (episode) figures include the "
                + "per-iteration set-up and bookkeeping, so they are upper bounds.\n\n");
        md.append("| benchmark | params | B/op |\n|---|---|---|\n");
        for (Measurement m : measured) {
            md.append("| ").append(m.benchmark()).append(" | ").append(params(m)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3g", m.allocation())).append(" |\n");
        }
        md.append("\n");
    }

    private static Optional<Measurement> find(List<Measurement> all, String benchmark, String env, String adam) {
        return all.stream().filter(m -> m.benchmark().equals(benchmark))
                .filter(m -> env == null || env.equals(m.param("env")))
                .filter(m -> adam == null || adam.equals(m.param("adam"))).findFirst();
    }

    /** The benchmark of {@code model} whose method is {@code method} for {@code env}. */
    private static Optional<Measurement> findModel(List<Measurement> all, String method, String env, String model) {
        Predicate<Measurement> isMethod = m -> m.benchmark().endsWith("." + method)
                || ("act".equals(method) && m.benchmark().endsWith(".sampleAction"));
        return all.stream().filter(isMethod).filter(m -> model.equals(m.model()))
                .filter(m -> env.equals(m.param("env"))).findFirst();
    }

    private static Optional<Measurement> scalingCell(List<Measurement> all, String method, int k, int side, String adam) {
        return scalingCell(all, MATRIX_SCALING, method, k, side, adam);
    }

    private static Optional<Measurement> scalingCell(List<Measurement> all, String benchmark, String method, int k,
            int side, String adam) {
        return all.stream().filter(m -> m.benchmark().equals(benchmark + "." + method))
                .filter(m -> Integer.parseInt(m.param("k")) == k && Integer.parseInt(m.param("side")) == side)
                .filter(m -> adam == null || adam.equals(m.param("adam"))).findFirst();
    }

    private static List<Measurement> select(List<Measurement> all, String benchmark) {
        return all.stream().filter(m -> m.benchmark().equals(benchmark)).toList();
    }

    private static String params(Measurement m) {
        StringBuilder s = new StringBuilder();
        m.params().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return s.length() == 0 ? "—" : s.toString();
    }

    static String time(Measurement m) {
        return String.format(Locale.ROOT, "%s %s [%s–%s]", fmt(m.median()), m.unit(), fmt(m.forkLow()), fmt(m.forkHigh()));
    }

    private static String perSecond(Measurement m) {
        return String.format(Locale.ROOT, "%s (%.3g/s)", time(m), 1e9 / m.nanos());
    }

    private static String fmt(double x) {
        return x >= 100 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.3g", x);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
