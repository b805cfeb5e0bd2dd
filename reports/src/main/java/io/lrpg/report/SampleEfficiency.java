package io.lrpg.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How fast a median learning curve gets somewhere, and how many times faster one model is than another.
 *
 * <p>Episodes are numbered from 0 as in the result files; "episodes needed" to reach a level at index e is e + 1
 * (the episodes played up to and including that one), which is what ratios are taken of.
 */
public final class SampleEfficiency {

    /** Fraction of the final episodes whose mean is the plateau. */
    public static final double PLATEAU_FRACTION = 0.10;

    private SampleEfficiency() {
    }

    /**
     * What to measure on a (median) curve: the index of the first episode at which it gets somewhere, or empty if it
     * never does.
     */
    @FunctionalInterface
    public interface EpisodeMeasure {
        OptionalInt apply(double[] curve);

        /** The first episode at which the curve, smoothed by ±halfWidth, reaches {@code fraction} of its rise. */
        static EpisodeMeasure rise(double fraction, int halfWidth) {
            return curve -> {
                double[] smoothed = movingAverage(curve, halfWidth);
                if (!Double.isFinite(smoothed[0]) || !Double.isFinite(plateau(smoothed))) {
                    return OptionalInt.empty();
                }
                return OptionalInt.of(riseEpisode(smoothed, fraction));
            };
        }

        /** The first episode at which the curve, smoothed by ±halfWidth, is at least {@code threshold}. */
        static EpisodeMeasure threshold(double threshold, int halfWidth) {
            return curve -> firstReaching(movingAverage(curve, halfWidth), threshold);
        }
    }

    /**
     * The centred moving average with window [e − h, e + h]; near the ends the window is cut to the episodes that
     * exist (the mean of fewer values), so the result has the input's length. h = 0 returns a copy.
     */
    public static double[] movingAverage(double[] curve, int halfWidth) {
        if (halfWidth < 0) {
            throw new IllegalArgumentException("halfWidth must be >= 0, was " + halfWidth);
        }
        int n = curve.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + curve[i];
        }
        double[] out = new double[n];
        for (int e = 0; e < n; e++) {
            int from = Math.max(0, e - halfWidth);
            int to = Math.min(n - 1, e + halfWidth);
            out[e] = halfWidth == 0 ? curve[e] : (prefix[to + 1] - prefix[from]) / (to - from + 1);
        }
        return out;
    }

    /** The plateau: the mean of the curve over its last ⌈10 %⌉ episodes (at least one). */
    public static double plateau(double[] curve) {
        if (curve.length == 0) {
            throw new IllegalArgumentException("empty curve");
        }
        int window = Math.max(1, (int) Math.ceil(PLATEAU_FRACTION * curve.length));
        double sum = 0;
        for (int i = curve.length - window; i < curve.length; i++) {
            sum += curve[i];
        }
        return sum / window;
    }

    /**
     * The first episode at which the curve reaches start + fraction·(plateau − start), where start = curve[0] and
     * plateau = {@link #plateau}; "reaches" means ≥ for a rising curve (plateau ≥ start) and ≤ for a falling one. For
     * fraction in (0, 1] such an episode always exists, because some episode of the plateau window is at least
     * (at most) the window's mean.
     */
    public static int riseEpisode(double[] curve, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
        }
        double start = curve[0];
        double plateau = plateau(curve);
        if (!Double.isFinite(start) || !Double.isFinite(plateau)) {
            throw new IllegalArgumentException("start or plateau is not finite");
        }
        double target = start + fraction * (plateau - start);
        boolean rising = plateau >= start;
        for (int e = 0; e < curve.length; e++) {
            if (rising ? curve[e] >= target : curve[e] <= target) {
                return e;
            }
        }
        throw new AssertionError("unreachable: the plateau window reaches its mean");
    }

    /** The first episode at which the curve is at least {@code threshold}, or empty if it never is. */
    public static OptionalInt firstReaching(double[] curve, double threshold) {
        for (int e = 0; e < curve.length; e++) {
            if (curve[e] >= threshold) {
                return OptionalInt.of(e);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The ratio of episodes needed, (e<sub>slow</sub> + 1) / (e<sub>fast</sub> + 1), where each e is the measure on a
     * model's median curve (for the claims: slow = nn, fast = lowrank). The interval is a percentile bootstrap over
     * runs: each resample draws each model's runs with replacement (within the model), recomputes both median curves
     * and both measures, and takes the ratio; resamples where either measure is empty are counted as failed and left
     * out. Resample i uses its own {@link SplittableRandom} seeded from a sequence started at {@code seed}, so the
     * result is reproducible and independent of thread scheduling.
     *
     * @return the interval; the estimate is NaN if a measure is empty on the observed curves
     */
    public static Interval episodesRatio(List<double[]> slow, List<double[]> fast, EpisodeMeasure measure,
            int resamples, long seed, double level) {
        return episodesRatios(slow, fast, List.of(measure), resamples, seed, level).get(0);
    }

    /**
     * {@link #episodesRatio} for several measures on the same resamples: each resampled pair of median curves is
     * computed once and every measure is taken on it (the result for each measure is the same as a separate call).
     */
    public static List<Interval> episodesRatios(List<double[]> slow, List<double[]> fast,
            List<EpisodeMeasure> measures, int resamples, long seed, double level) {
        FinalPerformance.checkBootstrap(Math.min(slow.size(), fast.size()), resamples, level);
        RunMatrix slowRuns = new RunMatrix(slow);
        RunMatrix fastRuns = new RunMatrix(fast);
        int k = measures.size();
        double[] slowMedian = slowRuns.median(null);
        double[] fastMedian = fastRuns.median(null);
        double[] estimates = new double[k];
        for (int m = 0; m < k; m++) {
            estimates[m] = ratio(measures.get(m).apply(slowMedian), measures.get(m).apply(fastMedian));
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        long[] replicateSeeds = new long[resamples];
        for (int b = 0; b < resamples; b++) {
            replicateSeeds[b] = seeds.nextLong();
        }
        double[][] replicates = IntStream.range(0, resamples).parallel().mapToObj(b -> {
            SplittableRandom random = new SplittableRandom(replicateSeeds[b]);
            double[] slowCurve = slowRuns.median(slowRuns.resample(random));
            double[] fastCurve = fastRuns.median(fastRuns.resample(random));
            double[] r = new double[k];
            for (int m = 0; m < k; m++) {
                r[m] = ratio(measures.get(m).apply(slowCurve), measures.get(m).apply(fastCurve));
            }
            return r;
        }).toArray(double[][]::new);
        List<Interval> out = new ArrayList<>();
        for (int m = 0; m < k; m++) {
            final int measure = m;
            double[] values = java.util.Arrays.stream(replicates).mapToDouble(r -> r[measure])
                    .filter(Double::isFinite).toArray();
            int failed = resamples - values.length;
            if (values.length == 0) {
                out.add(new Interval(estimates[m], Double.NaN, Double.NaN, level, resamples, failed));
            } else {
                out.add(new Interval(estimates[m], Percentiles.of(values, 50 * (1 - level)),
                        Percentiles.of(values, 50 * (1 + level)), level, resamples, failed));
            }
        }
        return out;
    }

    private static double ratio(OptionalInt slow, OptionalInt fast) {
        if (slow.isEmpty() || fast.isEmpty()) {
            return Double.NaN;
        }
        return (slow.getAsInt() + 1.0) / (fast.getAsInt() + 1.0);
    }

    /** Runs' returns arranged per episode, with each episode's runs pre-sorted by return, for fast resampled medians. */
    static final class RunMatrix {
        private final int runs;
        private final double[][] values;
        private final int[][] order;

        RunMatrix(List<double[]> curves) {
            runs = curves.size();
            int episodes = 0;
            for (double[] c : curves) {
                episodes = Math.max(episodes, EpisodeBands.finitePrefix(c));
            }
            values = new double[episodes][runs];
            order = new int[episodes][];
            for (int e = 0; e < episodes; e++) {
                List<Integer> present = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    double[] c = curves.get(r);
                    double v = e < c.length ? c[e] : Double.NaN;
                    values[e][r] = v;
                    if (Double.isFinite(v)) {
                        present.add(r);
                    }
                }
                final double[] row = values[e];
                order[e] = present.stream().sorted((a, b) -> Double.compare(row[a], row[b])).mapToInt(Integer::intValue)
                        .toArray();
            }
        }

        /** Multiplicities of one bootstrap resample of the runs. */
        int[] resample(SplittableRandom random) {
            int[] weights = new int[runs];
            for (int i = 0; i < runs; i++) {
                weights[random.nextInt(runs)]++;
            }
            return weights;
        }

        /** The per-episode median of the runs with the given multiplicities ({@code null} = each run once). */
        double[] median(int[] weights) {
            int[] w = weights;
            if (w == null) {
                w = new int[runs];
                java.util.Arrays.fill(w, 1);
            }
            double[] out = new double[values.length];
            int last = -1;
            for (int e = 0; e < values.length; e++) {
                int total = 0;
                for (int r : order[e]) {
                    total += w[r];
                }
                if (total == 0) {
                    // every drawn run has ended (diverged) before e: hold the last value
                    out[e] = last < 0 ? Double.NaN : out[last];
                    continue;
                }
                out[e] = Percentiles.ofWeighted(order[e], values[e], w, total, 50);
                last = e;
            }
            return out;
        }
    }
}
