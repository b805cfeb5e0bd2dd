package io.lrpg.report;

import io.lrpg.report.stats.Normalization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The paper's published numbers, as {@code docs/paper.md} records them (§2 settings, §3 parameter counts, §4 the
 * figure): the protocol (runs, episodes), the figure's y-ranges, the figure-legend parameter counts and the numbers
 * the claims table compares against. The report needs nothing else besides the result files; in particular it does
 * not read the presets the runs were trained with (each run records its own settings).
 */
public final class PaperReference {

    /** The variant id of runs with exactly the paper's settings. */
    public static final String PAPER_VARIANT = "paper";
    /** The variant id of the quick profile's shortened Goddard runs. */
    public static final String QUICK_VARIANT = "quick";

    /** The two models the paper compares. */
    public static final String LOWRANK = "lowrank";
    /** The neural-network baseline. */
    public static final String NN = "nn";

    /** Runs per (environment, model) in the paper. */
    public static final int PAPER_RUNS = 100;

    private static final List<String> ENVIRONMENTS = List.of("pendulum", "acrobot", "goddard");

    private static final Map<String, double[]> Y_RANGES = Map.of(
            "pendulum", new double[] {0, 100},
            "acrobot", new double[] {0, 100},
            "goddard", new double[] {0.7, 1.25});

    private static final Map<String, String> TITLES = Map.of(
            "pendulum", "Pendulum", "acrobot", "Acrobot", "goddard", "Goddard rocket");

    /**
     * The min–max normalization of each paper environment's returns for aggregates across environments: the ends of
     * the paper figure's y-axes (docs/paper.md §2.1), so that 0 and 1 are the bottom and the top of the paper's
     * panels. Pendulum [0, 100]: 100 is the largest possible return (100 steps, each reward ≤ 1). Acrobot [0, 100]:
     * 100 bounds the return from above (the goal pays 100, every step before it −0.1); returns below 0 (the goal
     * reached late or never; −100 at worst) are possible early in training but are off the paper's axis. Goddard
     * [0.7, 1.25]: the return is 100·(h_max − 1); 1.25 lies above every final return reached here and in the paper.
     * Normalized scores outside [0, 1] are kept as they are (nothing is clipped); the optimality gap (γ = 1) is the
     * distance to the top of the paper's axis.
     */
    private static final Map<String, Normalization> NORMALIZATION = Map.of(
            "pendulum", new Normalization(0, 100),
            "acrobot", new Normalization(0, 100),
            "goddard", new Normalization(0.7, 1.25));

    /** Why each normalization was chosen, in a few words, for the report's table. */
    private static final Map<String, String> NORMALIZATION_REASON = Map.of(
            "pendulum", "the paper's y-axis; 100 = the largest possible return (100 steps × reward ≤ 1)",
            "acrobot", "the paper's y-axis; 100 bounds the return (goal reward 100, −0.1 per step before it); "
                    + "returns can reach −100",
            "goddard", "the paper's y-axis; return = 100·(h_max − 1), every final return here lies inside");

    /**
     * How the paper's "fewer episodes" number is measured for one environment.
     *
     * @param environment        environment id
     * @param description        the measure, in words
     * @param threshold          a fixed return threshold, or {@code NaN} to use the rise fraction instead
     * @param riseFraction       fraction of the median curve's rise to its plateau (used when threshold is NaN)
     * @param smoothingHalfWidth half-width of the centred moving average applied to the median curve (0 = none)
     * @param paperRatio         the nn/lowrank ratio read off the paper's figure
     */
    public record EpisodesMeasure(String environment, String description, double threshold, double riseFraction,
            int smoothingHalfWidth, double paperRatio) {
    }

    /**
     * The episode-ratio claims checked, with the paper's numbers (docs/paper.md §3.2 table and §3.3): pendulum 2.9× and
     * acrobot 2.0× (median first reaches 90), goddard 5.0× (90 % of own rise) and 4.4× (first reaches 1.15); goddard
     * measures use the median smoothed by a centred ±50-episode moving average.
     */
    public static final List<EpisodesMeasure> EPISODES_MEASURES = List.of(
            new EpisodesMeasure("pendulum", "median first reaches 90", 90, Double.NaN, 0, 2.9),
            new EpisodesMeasure("acrobot", "median first reaches 90", 90, Double.NaN, 0, 2.0),
            new EpisodesMeasure("goddard", "±50-smoothed median reaches 90 % of its rise", Double.NaN, 0.90, 50, 5.0),
            new EpisodesMeasure("goddard", "±50-smoothed median first reaches 1.15", 1.15, Double.NaN, 50, 4.4));

    /**
     * The low-rank parameter counts printed in the paper's figure legend (docs/paper.md §2.3: 160, 16, 80). Two of them
     * disagree with the code's shapes (pendulum's critic is 16×16, acrobot's legend counts one matrix); the true
     * counts come from the run records.
     */
    public static final Map<String, Long> LOWRANK_LEGEND = Map.of("pendulum", 160L, "acrobot", 16L, "goddard", 80L);

    /** The networks' parameter counts in the paper's legend (actor + critic, log σ excluded): 4098, 386, 1282. */
    public static final Map<String, Long> NN_LEGEND = Map.of("pendulum", 4098L, "acrobot", 386L, "goddard", 1282L);

    /** The paper's episodes per run. */
    private static final Map<String, Integer> EPISODES = Map.of("pendulum", 1000, "acrobot", 1000, "goddard", 30_000);

    /** Smoothing half-width used in the summary table's smoothed column. */
    public static final int SMOOTHING_HALF_WIDTH = 50;

    private PaperReference() {
    }

    /** The paper's episodes per run for an environment, if it is one of the paper's. */
    public static OptionalDouble paperEpisodes(String environment) {
        Integer episodes = EPISODES.get(environment);
        return episodes == null ? OptionalDouble.empty() : OptionalDouble.of(episodes);
    }

    /** Whether the paper has an environment. */
    public static boolean isPaperEnvironment(String environment) {
        return EPISODES.containsKey(environment);
    }

    /** The paper figure's y-range {min, max} for an environment, or {@code null} to let the chart choose. */
    public static double[] yRange(String environment) {
        double[] range = Y_RANGES.get(environment);
        return range == null ? null : range.clone();
    }

    /** The panel title without a panel letter ("Goddard rocket"); the environment id for other environments. */
    public static String title(String environment) {
        return TITLES.getOrDefault(environment, environment);
    }

    /** The min–max normalization of an environment's returns (see {@link #NORMALIZATION}), if it has one. */
    public static Optional<Normalization> normalization(String environment) {
        return Optional.ofNullable(NORMALIZATION.get(environment));
    }

    /** Why an environment's normalization constants are what they are. */
    public static String normalizationReason(String environment) {
        return NORMALIZATION_REASON.getOrDefault(environment, "");
    }

    /**
     * The half-window of the centred moving average the paper's episode claims apply to an environment's median curve
     * ({@link #EPISODES_MEASURES}): 50 for Goddard, 0 (none) elsewhere. The figures draw the median smoothed by it,
     * and the sample-efficiency curves smooth each run by it unless the report is told otherwise.
     */
    public static int claimSmoothing(String environment) {
        return EPISODES_MEASURES.stream().filter(m -> m.environment().equals(environment))
                .mapToInt(EpisodesMeasure::smoothingHalfWidth).max().orElse(0);
    }

    /**
     * A model's readable name for legends: "low-rank (LRPG)", "network (RVFB)" (RVFB: REINFORCE with a value-function
     * baseline, the paper's name for its network baseline), otherwise the model id.
     */
    public static String modelName(String model) {
        return LOWRANK.equals(model) ? "low-rank (LRPG)" : NN.equals(model) ? "network (RVFB)" : model;
    }

    /** The sentence that explains the paper's model names, for figure footnotes and the report. */
    public static final String MODEL_NAMES = "LRPG: the paper's low-rank policy gradient (policy mean and value "
            + "baseline are entries of low-rank matrices L·Rᵀ); RVFB: REINFORCE with a value-function baseline, the "
            + "paper's name for its neural-network baseline.";

    /** What the paper's figure 1 shows as the final returns of an environment (docs/paper.md §3.2). */
    public static String paperFinal(String environment) {
        switch (environment) {
            case "pendulum":
                return "≈99.4 vs ≈98.9 (fig. 1)";
            case "acrobot":
                return "≈94.7 vs ≈94.0 (fig. 1)";
            case "goddard":
                return "≈1.17–1.18 vs ≈1.17 (fig. 1)";
            default:
                return "similar or better";
        }
    }

    /** Sort key of an environment: the paper's panel order, unknown ones last. */
    static int environmentOrder(String environment) {
        int i = ENVIRONMENTS.indexOf(environment);
        return i < 0 ? ENVIRONMENTS.size() : i;
    }

    /** Sort key of a variant: the paper's, the quick profile's, then others. */
    static int variantOrder(String variant) {
        return PAPER_VARIANT.equals(variant) ? 0 : QUICK_VARIANT.equals(variant) ? 1 : 2;
    }

    /** Sort key of a model: lowrank, nn, then others. */
    static int modelOrder(String model) {
        return LOWRANK.equals(model) ? 0 : NN.equals(model) ? 1 : 2;
    }
}
