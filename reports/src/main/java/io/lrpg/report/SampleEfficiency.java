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
     * A curve whose values may be computed on demand (a bootstrap resample's median curve is: most measures need only
     * its beginning and its end).
     */
    public interface EpisodeCurve {
        /** Number of episodes. */
        int length();

        /** The value at episode e ∈ [0, length). */
        double at(int e);

        /** An array as a curve (not copied). */
        static EpisodeCurve of(double[] values) {
            return new EpisodeCurve() {
                @Override
                public int length() {
                    return values.length;
                }

                @Override
                public double at(int e) {
                    return values[e];
                }
            };
        }
    }

    /**
     * What to measure on a (median) curve: the index of the first episode at which it gets somewhere, or empty if it
     * never does.
     */
    @FunctionalInterface
    public interface EpisodeMeasure {
        OptionalInt apply(EpisodeCurve curve);

        /** The measure of an array. */
        default OptionalInt apply(double[] curve) {
            return apply(EpisodeCurve.of(curve));
        }

        /**
         * The first episode at which the curve, smoothed by ±halfWidth ({@link #movingAverage}), reaches
         * {@code fraction} of its rise ({@link #riseEpisode}); empty if the smoothed curve's start or plateau is not
         * finite. Reads the curve at episodes [0, e + halfWidth] and over the plateau window (widened by halfWidth).
         */
        static EpisodeMeasure rise(double fraction, int halfWidth) {
            checkFraction(fraction);
            checkHalfWidth(halfWidth);
            return curve -> SampleEfficiency.rise(curve, fraction, halfWidth);
        }

        /**
         * The first episode at which the curve, smoothed by ±halfWidth, is at least {@code threshold}. Reads the
         * curve at episodes [0, e + halfWidth] only.
         */
        static EpisodeMeasure threshold(double threshold, int halfWidth) {
            checkHalfWidth(halfWidth);
            return curve -> {
                Scan scan = new Scan(curve, halfWidth);
                for (int e = 0; e < curve.length(); e++) {
                    if (scan.smoothed(e) >= threshold) {
                        return OptionalInt.of(e);
                    }
                }
                return OptionalInt.empty();
            };
        }
    }

    /**
     * The smoothed values s(e) of a curve c of n episodes, from episode 0 on, as {@link #movingAverage} computes them:
     * s(e) = (P(b + 1) − P(a)) / (b − a + 1), a = max(0, e − h), b = min(n − 1, e + h), P(i) = Σ_{t &lt; i} c(t); the
     * prefix sums are extended only as far as asked (h = 0: s(e) = c(e)).
     */
    static final class Scan {
        private final EpisodeCurve curve;
        private final int halfWidth;
        private final int n;
        private double[] prefix = new double[1025];
        private int known;

        Scan(EpisodeCurve curve, int halfWidth) {
            this.curve = curve;
            this.halfWidth = halfWidth;
            this.n = curve.length();
        }

        double smoothed(int e) {
            if (halfWidth == 0) {
                return curve.at(e);
            }
            int a = Math.max(0, e - halfWidth);
            int b = Math.min(n - 1, e + halfWidth);
            while (known <= b) {
                if (known + 1 >= prefix.length) {
                    prefix = java.util.Arrays.copyOf(prefix, Math.min(n + 1, 2 * prefix.length));
                }
                prefix[known + 1] = prefix[known] + curve.at(known);
                known++;
            }
            return (prefix[b + 1] - prefix[a]) / (b - a + 1);
        }
    }

    /**
     * The rise measure ({@link EpisodeMeasure#rise}): start = s(0), plateau = the mean of s over the last
     * W = max(1, ⌈10 % · n⌉) episodes (s over that window from prefix sums that start at its first needed episode),
     * target = start + fraction·(plateau − start), and the first e with s(e) ≥ target (≤ for a falling curve). Such an
     * e exists in exact arithmetic (some episode of the window is at least its mean); should rounding of the two
     * prefix sums leave every s(e) a hair short, the window's extreme episode is returned.
     */
    static OptionalInt rise(EpisodeCurve curve, double fraction, int halfWidth) {
        int n = curve.length();
        if (n == 0) {
            throw new IllegalArgumentException("empty curve");
        }
        Scan scan = new Scan(curve, halfWidth);
        double start = scan.smoothed(0);
        int window = Math.max(1, (int) Math.ceil(PLATEAU_FRACTION * n));
        int first = n - window;
        int from = Math.max(0, first - halfWidth);
        double[] local = new double[n - from + 1];
        for (int t = from; t < n; t++) {
            local[t - from + 1] = local[t - from] + curve.at(t);
        }
        double[] tail = new double[window];
        double sum = 0;
        for (int e = first; e < n; e++) {
            if (halfWidth == 0) {
                tail[e - first] = curve.at(e);
            } else {
                int a = Math.max(0, e - halfWidth);
                int b = Math.min(n - 1, e + halfWidth);
                tail[e - first] = (local[b + 1 - from] - local[a - from]) / (b - a + 1);
            }
            sum += tail[e - first];
        }
        double plateau = sum / window;
        if (!Double.isFinite(start) || !Double.isFinite(plateau)) {
            return OptionalInt.empty();
        }
        double target = start + fraction * (plateau - start);
        boolean rising = plateau >= start;
        for (int e = 0; e < n; e++) {
            double v = scan.smoothed(e);
            if (rising ? v >= target : v <= target) {
                return OptionalInt.of(e);
            }
        }
        int best = 0;
        for (int i = 1; i < window; i++) {
            if (rising ? tail[i] > tail[best] : tail[i] < tail[best]) {
                best = i;
            }
        }
        return OptionalInt.of(first + best);
    }

    private static void checkFraction(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
        }
    }

    private static void checkHalfWidth(int halfWidth) {
        if (halfWidth < 0) {
            throw new IllegalArgumentException("halfWidth must be >= 0, was " + halfWidth);
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
        checkFraction(fraction);
        OptionalInt e = rise(EpisodeCurve.of(curve), fraction, 0);
        if (e.isEmpty()) {
            throw new IllegalArgumentException("start or plateau is not finite");
        }
        return e.getAsInt();
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
     * model's median curve (for the claims: slow = nn, fast = lowrank). A median that never gets there needs
     * infinitely many episodes: the ratio is +∞ if only the slow one never does, 0 if only the fast one never does,
     * and undefined (NaN) if neither does.
     *
     * <p>The interval is a percentile bootstrap over runs: each resample draws each model's runs with replacement
     * (within the model), recomputes both median curves and both measures, and takes the ratio; the interval's ends are
     * the (1 − level)/2 and (1 + level)/2 percentiles (numpy linear, an end next to an infinite replicate being
     * infinite) of the defined replicates, and the undefined ones are counted in {@link Interval#failed()}. Resample i
     * uses its own {@link SplittableRandom} seeded from a sequence started at {@code seed}, so the result is
     * reproducible and independent of thread scheduling.
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
        if (slow.isEmpty() || fast.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        RunMatrix slowRuns = new RunMatrix(slow);
        RunMatrix fastRuns = new RunMatrix(fast);
        int k = measures.size();
        EpisodeCurve slowMedian = slowRuns.median(null);
        EpisodeCurve fastMedian = fastRuns.median(null);
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
            EpisodeCurve slowCurve = slowRuns.median(slowRuns.resample(random));
            EpisodeCurve fastCurve = fastRuns.median(fastRuns.resample(random));
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
                    .filter(v -> !Double.isNaN(v)).sorted().toArray();
            int failed = resamples - values.length;
            if (values.length == 0) {
                out.add(new Interval(estimates[m], Double.NaN, Double.NaN, level, resamples, failed));
            } else {
                out.add(new Interval(estimates[m], percentileOfSorted(values, 50 * (1 - level)),
                        percentileOfSorted(values, 50 * (1 + level)), level, resamples, failed));
            }
        }
        return out;
    }

    /**
     * The q-th percentile (numpy linear) of ascending values that may include ±∞: with h = (n − 1)q/100, j = ⌊h⌋,
     * g = h − j, it is x<sub>j</sub> if g = 0, otherwise x<sub>j</sub> + g(x<sub>j+1</sub> − x<sub>j</sub>), which is
     * +∞ if x<sub>j+1</sub> is (where the lerp of {@link Percentiles} would give ∞ − ∞).
     */
    static double percentileOfSorted(double[] sorted, double q) {
        double h = (sorted.length - 1) * q / 100.0;
        int j = (int) Math.floor(h);
        double g = h - j;
        if (g == 0 || j + 1 >= sorted.length) {
            return sorted[Math.min(j, sorted.length - 1)];
        }
        double a = sorted[j];
        double b = sorted[j + 1];
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.isInfinite(b) ? b : a;
        }
        return a + g * (b - a);
    }

    private static double ratio(OptionalInt slow, OptionalInt fast) {
        if (slow.isEmpty() && fast.isEmpty()) {
            return Double.NaN;
        }
        if (slow.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        if (fast.isEmpty()) {
            return 0;
        }
        return (slow.getAsInt() + 1.0) / (fast.getAsInt() + 1.0);
    }

    /**
     * Runs' returns arranged per episode for fast resampled medians: for each episode e, the runs with a finite return
     * at e sorted by return, stored flat (run indices in {@code order}, their returns in {@code sorted}, episode e at
     * [offset[e], offset[e + 1])). A resample's median at e walks that episode's sorted runs once, adding their
     * multiplicities until it passes the middle; when every run is present the total weight is the number of runs
     * and need not be summed.
     */
    static final class RunMatrix {
        private final int runs;
        private final int episodes;
        private final int[] offset;
        private final int[] order;
        private final double[] sorted;

        RunMatrix(List<double[]> curves) {
            runs = curves.size();
            int longest = 0;
            long cells = 0;
            for (double[] c : curves) {
                int n = EpisodeBands.finitePrefix(c);
                longest = Math.max(longest, n);
                cells += n;
            }
            episodes = longest;
            offset = new int[episodes + 1];
            order = new int[Math.toIntExact(cells)];
            sorted = new double[order.length];
            int[] buffer = new int[runs];
            double[] row = new double[runs];
            int at = 0;
            for (int e = 0; e < episodes; e++) {
                offset[e] = at;
                int n = 0;
                for (int r = 0; r < runs; r++) {
                    double[] c = curves.get(r);
                    if (e < c.length && Double.isFinite(c[e])) {
                        row[r] = c[e];
                        buffer[n++] = r;
                    }
                }
                io.lrpg.report.stats.Sample.sortByValue(buffer, 0, n, row);
                for (int i = 0; i < n; i++) {
                    order[at] = buffer[i];
                    sorted[at] = row[buffer[i]];
                    at++;
                }
            }
            offset[episodes] = at;
        }

        /** Multiplicities of one bootstrap resample of the runs. */
        int[] resample(SplittableRandom random) {
            int[] weights = new int[runs];
            for (int i = 0; i < runs; i++) {
                weights[random.nextInt(runs)]++;
            }
            return weights;
        }

        /**
         * The per-episode median (numpy linear) of the runs with the given multiplicities ({@code null} = each run
         * once), computed episode by episode when first read and kept. At an episode where every drawn run has ended
         * (diverged before it), the median of the latest earlier episode that has one is used (NaN if none has).
         */
        EpisodeCurve median(int[] weights) {
            int[] w = weights;
            if (w == null) {
                w = new int[runs];
                java.util.Arrays.fill(w, 1);
            }
            int all = 0;
            for (int v : w) {
                all += v;
            }
            final int[] multiplicities = w;
            final int total = all;
            double[] cache = new double[episodes];
            boolean[] known = new boolean[episodes];
            return new EpisodeCurve() {
                @Override
                public int length() {
                    return episodes;
                }

                @Override
                public double at(int e) {
                    int k = e;
                    while (k >= 0) {
                        if (!known[k]) {
                            cache[k] = medianAt(k, multiplicities, total);
                            known[k] = true;
                        }
                        if (!Double.isNaN(cache[k])) {
                            return cache[k];
                        }
                        k--;
                    }
                    return Double.NaN;
                }
            };
        }

        /** The weighted median at one episode, NaN if no drawn run has a return there. */
        private double medianAt(int e, int[] w, int all) {
            int from = offset[e];
            int to = offset[e + 1];
            int total;
            if (to - from == runs) {
                total = all;
            } else {
                total = 0;
                for (int i = from; i < to; i++) {
                    total += w[order[i]];
                }
            }
            if (total == 0) {
                return Double.NaN;
            }
            // the median of n = total values is x_(j) + g (x_(j+1) − x_(j)), h = (n − 1)/2, j = ⌊h⌋, g = h − j
            int j = (total - 1) / 2;
            int seen = 0;
            int i = from;
            while (true) {
                seen += w[order[i]];
                if (seen > j) {
                    break;
                }
                i++;
            }
            double low = sorted[i];
            if ((total & 1) == 1 || seen > j + 1) {
                return low;
            }
            int next = i + 1;
            while (w[order[next]] == 0) {
                next++;
            }
            return low + 0.5 * (sorted[next] - low);
        }
    }
}
