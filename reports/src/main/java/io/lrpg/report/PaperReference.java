package io.lrpg.report;

import java.util.List;
import java.util.Map;
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
            "pendulum", "(a) Pendulum", "acrobot", "(b) Acrobot", "goddard", "(c) Goddard rocket");

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
     * The episode-ratio claims checked, with the paper's numbers (digest §3.2 table and §3.3): pendulum 2.9× and
     * acrobot 2.0× (median first reaches 90), goddard 5.0× (90 % of own rise) and 4.4× (first reaches 1.15); goddard
     * measures use the median smoothed by a centred ±50-episode moving average.
     */
    public static final List<EpisodesMeasure> EPISODES_MEASURES = List.of(
            new EpisodesMeasure("pendulum", "median first reaches 90", 90, Double.NaN, 0, 2.9),
            new EpisodesMeasure("acrobot", "median first reaches 90", 90, Double.NaN, 0, 2.0),
            new EpisodesMeasure("goddard", "±50-smoothed median reaches 90 % of its rise", Double.NaN, 0.90, 50, 5.0),
            new EpisodesMeasure("goddard", "±50-smoothed median first reaches 1.15", 1.15, Double.NaN, 50, 4.4));

    /**
     * The low-rank parameter counts printed in the paper's figure legend (docs/paper.md §3: 160, 16, 80). Two of them
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

    /** The panel title. */
    public static String title(String environment) {
        return TITLES.getOrDefault(environment, environment);
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
