package io.lrpg.analysis;

import io.lrpg.results.AtomicFiles;
import io.lrpg.results.RunId;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a rank study's files, each atomically ({@link AtomicFiles}):
 * <pre>
 *   rank-study.csv        environment,model,variant,seed,function,layout,rank,error
 *                         layout matrix: rank r = 1 … min(15, N, M), error e_r (Eckart–Young);
 *                         layout cp: rank r = 1 … R, error ‖X − X̂_r‖_F/‖X‖_F of the best ALS start
 *   singular-values.csv   environment,model,variant,seed,function,index,value      (index 1 … min(N, M), largest first)
 *   rank-study.md         per (environment, model, variant, function): median and IQR over runs of e_r (r ≤ 5) and
 *                         of the CP error (r ≤ R), the numerical rank, and a summary sentence per environment
 * </pre>
 * function is {@code mean} (before the transform) or {@code value}; numbers are written with {@link Double#toString}
 * (shortest round-trip form). Rows are in run order (environment, model, variant, seed), mean before value.
 */
public final class RankStudyFiles {

    /** The header of rank-study.csv. */
    public static final String RANKS_HEADER = "environment,model,variant,seed,function,layout,rank,error";
    /** The header of singular-values.csv. */
    public static final String SINGULAR_VALUES_HEADER = "environment,model,variant,seed,function,index,value";
    /** The matrix ranks summarized in rank-study.md. */
    public static final int SUMMARY_RANKS = 5;
    /** The share of runs a summary sentence speaks for. */
    static final double SUMMARY_SHARE = 0.9;
    /** Below this, a low-rank model's e_k counts as zero. */
    static final double EXACT = 1e-12;

    private RankStudyFiles() {
    }

    /**
     * Writes the three files into {@code folder} (created if needed) and returns them.
     *
     * @param settings the study's settings, described in rank-study.md
     */
    public static List<Path> write(Path folder, RankStudy.Result result, RankStudySettings settings) {
        Path ranks = folder.resolve("rank-study.csv");
        Path singular = folder.resolve("singular-values.csv");
        Path summary = folder.resolve("rank-study.md");
        AtomicFiles.write(ranks, writer -> writeRanks(writer, result.ranks()));
        AtomicFiles.write(singular, writer -> writeSingularValues(writer, result.ranks()));
        AtomicFiles.write(summary, writer -> writer.write(summary(result, settings)));
        return List.of(ranks, singular, summary);
    }

    static void writeRanks(Writer out, List<FunctionRanks> ranks) throws IOException {
        out.write(RANKS_HEADER + "\n");
        for (FunctionRanks f : ranks) {
            String key = key(f);
            double[] errors = f.matrixErrors();
            for (int r = 1; r <= errors.length; r++) {
                out.write(key + Decomposition.MATRIX.id() + "," + r + "," + errors[r - 1] + "\n");
            }
            for (CpAls.Fit fit : f.cpFits()) {
                out.write(key + Decomposition.CP.id() + "," + fit.rank() + "," + fit.error() + "\n");
            }
        }
    }

    static void writeSingularValues(Writer out, List<FunctionRanks> ranks) throws IOException {
        out.write(SINGULAR_VALUES_HEADER + "\n");
        for (FunctionRanks f : ranks) {
            String key = key(f);
            double[] values = f.spectrum().singularValues();
            for (int i = 0; i < values.length; i++) {
                out.write(key + (i + 1) + "," + values[i] + "\n");
            }
        }
    }

    private static String key(FunctionRanks f) {
        RunId id = f.run();
        return id.environment() + "," + id.model() + "," + id.variant() + "," + id.seed() + "," + f.function().id()
                + ",";
    }

    /** The runs of one (environment, model, variant, function). */
    private record Group(String environment, String model, String variant, StudiedFunction function,
            List<FunctionRanks> runs) {
    }

    private static List<Group> groups(List<FunctionRanks> ranks) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<FunctionRanks> sorted = new ArrayList<>(ranks);
        sorted.sort((a, b) -> {
            int c = a.run().cell().compareTo(b.run().cell());
            if (c != 0) {
                return c;
            }
            c = a.function().compareTo(b.function());
            return c != 0 ? c : Long.compare(a.run().seed(), b.run().seed());
        });
        for (FunctionRanks f : sorted) {
            groups.computeIfAbsent(f.run().cell() + "/" + f.function(), k -> new Group(f.run().environment(),
                    f.run().model(), f.run().variant(), f.function(), new ArrayList<>())).runs().add(f);
        }
        return new ArrayList<>(groups.values());
    }

    /** The text of rank-study.md. */
    static String summary(RankStudy.Result result, RankStudySettings settings) {
        List<Group> groups = groups(result.ranks());
        StringBuilder md = new StringBuilder();
        long runs = result.ranks().stream().map(FunctionRanks::run).distinct().count();
        md.append("# Rank study: are the learned policies low-rank?\n\n");
        md.append("Built by `lrpg rank` from the stored parameters of ").append(runs)
                .append(" trained run(s), without training. Data: `rank-study.csv` (errors per run, function, layout "
                        + "and rank) and `singular-values.csv`.\n\n");
        md.append("## What was measured\n\n");
        md.append("- **Functions**: the policy's mean *before* its transform, z(s) with μ = f(z) (f is the sigmoid on "
                + "Goddard, else the identity: the low-rank model's z is exactly of rank ≤ k, its sigmoid is not), "
                + "and the value baseline V(s).\n");
        md.append("- **Grids**: a low-rank run on its own grid (the mean on the actor grid, the value on the critic "
                + "grid), so its matrix is L Rᵀ itself; a network run on a grid of ")
                .append(settings.points().isPresent() ? settings.points().getAsInt() + " points"
                        : "50 points (D ≤ 3; D = 4: 10)")
                .append(" per state dimension over the ranges of the paper's low-rank actor grid, point q of n at "
                        + "lo + q (hi − lo)/(n − 1).\n");
        md.append("- **Matrix**: rows and columns grouped as the paper's grid does (pendulum θ × θ̇; acrobot "
                + "(θ₁, θ₂) × (θ̇₁, θ̇₂); Goddard v × (h, m)); **not centred**. e_r = sqrt(Σ_{i>r} σ_i²)/sqrt(Σ σ_i²) "
                + "is the relative Frobenius error of the best rank-r approximation (Eckart–Young); the *numerical "
                + "rank* is the smallest r with e_r ≤ 1 %.\n");
        CpSettings cp = settings.cp();
        md.append("- **CP**: one tensor mode per state dimension, not centred; ranks 1 … ").append(settings.maxRank())
                .append(" fitted by alternating least squares with line search from ")
                .append(cp.initialization() == CpSettings.Initialization.SVD_FIRST
                        ? "an SVD start (the leading singular vectors of each unfolding) and " + (cp.starts() - 1)
                        : Integer.toString(cp.starts()))
                .append(" seeded random start(s) (seed ").append(cp.seed()).append("), each stopped when a sweep "
                        + "improves the relative error by less than ").append(cp.tolerance())
                .append(" of itself, when the error is below ").append(CpSettings.EXACT).append(", or after ")
                .append(cp.maxIterations()).append(" sweeps; the best start's relative Frobenius error is "
                        + "reported. A fit stopped at the sweep limit is an upper bound of the best rank-r error; "
                        + "each table counts them.\n");
        if (!result.skipped().isEmpty()) {
            md.append("- **Skipped** (").append(result.skipped().size()).append("): ");
            List<String> names = new ArrayList<>();
            for (RankStudy.Skipped s : result.skipped()) {
                names.add(s.run().label() + " " + s.function() + " (" + s.reason() + ")");
            }
            md.append(String.join("; ", names)).append(".\n");
        }
        md.append('\n');
        if (groups.isEmpty()) {
            md.append("No function could be measured.\n");
            return md.toString();
        }

        md.append("## What the data show\n\n");
        for (Group g : groups) {
            md.append("- ").append(sentence(g)).append('\n');
        }
        md.append('\n');

        String environment = null;
        for (Group g : groups) {
            if (!g.environment().equals(environment)) {
                environment = g.environment();
                md.append("## ").append(environment).append("\n\n");
            }
            table(md, g, settings.maxRank());
        }
        return md.toString();
    }

    private static String sentence(Group g) {
        int n = g.runs().size();
        FunctionRanks first = g.runs().get(0);
        StringBuilder s = new StringBuilder();
        s.append("**").append(g.environment()).append("**, ").append(modelName(g.model())).append(" (")
                .append(g.model()).append('/').append(g.variant()).append(", ").append(n).append(n == 1 ? " run" : " runs")
                .append("), ").append(g.function() == StudiedFunction.MEAN ? "mean" : "value").append(": ");
        int r = 1;
        while (share(g, r) < SUMMARY_SHARE) {
            r++;
        }
        s.append(percent(share(g, r))).append(" of runs are within 1 % at matrix rank ").append(r);
        if (r > 1) {
            s.append(" (").append(percent(share(g, r - 1))).append(" at rank ").append(r - 1).append(')');
        }
        s.append("; median numerical rank ").append(number(median(numericalRanks(g))));
        if (first.modelRank().isPresent()) {
            int k = first.modelRank().getAsInt();
            long exact = g.runs().stream().filter(f -> errorAt(f, k) <= EXACT).count();
            s.append("; the model has rank k = ").append(k).append(" and e_").append(k).append(" ≤ 1e-12 in ")
                    .append(exact).append(" of ").append(n).append(" runs");
        }
        if (r <= first.cpFits().length) {
            final int rank = r;
            double[] cp = g.runs().stream().mapToDouble(f -> f.cpError(rank)).toArray();
            s.append("; CP (").append(first.grid().dimension()).append(" modes) median error at rank ").append(r)
                    .append(": ").append(error(median(cp)));
        }
        return s.append('.').toString();
    }

    private static void table(StringBuilder md, Group g, int maxRank) {
        FunctionRanks first = g.runs().get(0);
        StateGrid grid = first.grid();
        int n = g.runs().size();
        md.append("### ").append(g.model()).append(" / ").append(g.variant()).append(" — ").append(g.function())
                .append("\n\n");
        md.append(n).append(n == 1 ? " run" : " runs").append("; grid ").append(grid.shapeText()).append(" (")
                .append(grid.size()).append(" states); matrix ").append(grid.rows()).append(" × ")
                .append(grid.columns()).append(" (rows ").append(names(g.environment(), grid.layout().rowDimensions()))
                .append(", columns ").append(names(g.environment(), grid.layout().columnDimensions())).append(")");
        if (first.modelRank().isPresent()) {
            md.append("; model rank k = ").append(first.modelRank().getAsInt());
        }
        md.append(".\n\n");
        md.append("| rank r | matrix e_r median | matrix e_r IQR | CP error median | CP error IQR |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        int matrixRows = Math.min(SUMMARY_RANKS, first.matrixErrors().length);
        for (int r = 1; r <= Math.max(matrixRows, maxRank); r++) {
            final int rank = r;
            md.append("| ").append(r).append(" | ");
            medianAndIqr(md, r <= matrixRows ? g.runs().stream().mapToDouble(f -> f.matrixError(rank)).toArray()
                    : null);
            md.append(" | ");
            medianAndIqr(md, r <= first.cpFits().length
                    ? g.runs().stream().mapToDouble(f -> f.cpError(rank)).toArray() : null);
            md.append(" |\n");
        }
        double[] numerical = numericalRanks(g);
        long capped = g.runs().stream().flatMap(f -> Arrays.stream(f.cpFits())).filter(f -> !f.converged()).count();
        long fits = (long) n * first.cpFits().length;
        md.append("\nNumerical rank (smallest r with e_r ≤ 1 %): median ").append(number(median(numerical)))
                .append(", range ").append(number(quantile(numerical, 0))).append(" – ")
                .append(number(quantile(numerical, 1))).append(". CP fits whose best start stopped at the sweep "
                        + "limit: ").append(capped).append(" of ").append(fits).append(".\n\n");
    }

    /** Two table cells: the median of the errors and their interquartile range; empty cells for {@code null}. */
    private static void medianAndIqr(StringBuilder md, double[] errors) {
        if (errors == null) {
            md.append(" | ");
            return;
        }
        md.append(error(median(errors))).append(" | ").append(error(quantile(errors, 0.25))).append(" – ")
                .append(error(quantile(errors, 0.75)));
    }

    /** The share of the group's runs with e_r ≤ 1 % (r may exceed the reported ranks). */
    private static double share(Group g, int r) {
        long within = g.runs().stream().filter(f -> errorAt(f, r) <= FunctionRanks.NUMERICAL_TOLERANCE).count();
        return (double) within / g.runs().size();
    }

    /** e_r from the whole spectrum (0 beyond min(N, M)). */
    private static double errorAt(FunctionRanks f, int r) {
        double[] errors = f.spectrum().errors();
        return r < errors.length ? errors[r] : 0.0;
    }

    private static double[] numericalRanks(Group g) {
        return g.runs().stream().mapToDouble(FunctionRanks::numericalRank).toArray();
    }

    /** The median, {@link #quantile} at ½. */
    static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * The p-quantile by linear interpolation between order statistics (NumPy's default, Hyndman–Fan type 7):
     * h = (n − 1) p, Q = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) on the sorted values, 0-based.
     */
    static double quantile(double[] values, double p) {
        if (values.length == 0 || !(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("need values and p in [0, 1], had " + values.length + " and " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    private static String modelName(String model) {
        return switch (model) {
            case "lowrank" -> "the low-rank model";
            case "nn" -> "the network";
            default -> "model " + model;
        };
    }

    /** Names of state dimensions for the known environments, else s0, s1, …. */
    private static String names(String environment, int[] dimensions) {
        String[] names = switch (environment) {
            case "pendulum" -> new String[] {"θ", "θ̇"};
            case "acrobot" -> new String[] {"θ₁", "θ₂", "θ̇₁", "θ̇₂"};
            case "goddard" -> new String[] {"v", "h", "m"};
            case "mountain-car-continuous-v0" -> new String[] {"x", "ẋ"};
            default -> new String[0];
        };
        List<String> out = new ArrayList<>();
        for (int d : dimensions) {
            out.add(d < names.length ? names[d] : "s" + d);
        }
        return out.isEmpty() ? "none" : out.size() == 1 ? out.get(0) : "(" + String.join(", ", out) + ")";
    }

    private static String error(double e) {
        if (e == 0.0) {
            return "0 %";
        }
        return String.format(Locale.ROOT, "%.3g %%", 100 * e);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    private static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
