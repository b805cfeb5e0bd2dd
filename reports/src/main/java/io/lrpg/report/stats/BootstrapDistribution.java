package io.lrpg.report.stats;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * The bootstrap replicates θ*_1..θ*_B of one statistic on one sample, with its estimate θ̂; intervals of any
 * level and method come from the same replicates ({@link IntervalMethod} states the formulas). The BCa
 * acceleration is computed on first use and kept.
 */
public final class BootstrapDistribution {

    private static final double SQRT2 = Math.sqrt(2);

    private final Sample sample;
    private final Statistic statistic;
    private final double estimate;
    private final double[] sorted;
    private final double[] acceleration = {Double.NaN, Double.NaN};

    /** Takes ownership of {@code replicates} and sorts it. */
    BootstrapDistribution(Sample sample, Statistic statistic, double estimate, double[] replicates) {
        this.sample = sample;
        this.statistic = statistic;
        this.estimate = estimate;
        this.sorted = replicates;
        Arrays.sort(sorted);
    }

    /** θ̂, the statistic of the sample itself. */
    public double estimate() {
        return estimate;
    }

    /** B. */
    public int resamples() {
        return sorted.length;
    }

    /** The replicates in increasing order (a copy). */
    public double[] replicates() {
        return sorted.clone();
    }

    /** The interval the settings ask for (their resample count is not used: the replicates exist). */
    public IntervalEstimate interval(BootstrapSettings settings) {
        return interval(settings.level(), settings.method(), settings.jackknife());
    }

    /**
     * The interval of the given level and method; {@code jackknife} matters for BCa only.
     *
     * @throws IllegalArgumentException for BCa if a stratum has fewer than two runs
     */
    public IntervalEstimate interval(double level, IntervalMethod method, Jackknife jackknife) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        double alpha = (1.0 - level) / 2;
        double lowerPercent = 100 * alpha;
        double upperPercent = 100 * (1.0 - alpha);
        IntervalMethod used = IntervalMethod.PERCENTILE;
        if (method == IntervalMethod.BCA) {
            double p = belowFraction();
            if (p > 0 && p < 1) {
                double[] levels = correctedLevels(normalQuantile(p), acceleration(jackknife), alpha);
                if (levels != null) {
                    lowerPercent = 100 * levels[0];
                    upperPercent = 100 * levels[1];
                    used = IntervalMethod.BCA;
                }
            }
        }
        int b = sorted.length;
        return new IntervalEstimate(estimate, Quantiles.ofSorted(sorted, 0, b, lowerPercent),
                Quantiles.ofSorted(sorted, 0, b, upperPercent), level, used, b);
    }

    /** BCa's z₀ = Φ⁻¹(p), p = (#{θ* &lt; θ̂} + #{θ* ≤ θ̂}) / (2B); ±∞ when p is 0 or 1. */
    double biasCorrection() {
        double p = belowFraction();
        return p <= 0 ? Double.NEGATIVE_INFINITY : p >= 1 ? Double.POSITIVE_INFINITY : normalQuantile(p);
    }

    /** The acceleration a of {@link Jackknife}'s formula. */
    double acceleration(Jackknife jackknife) {
        int which = jackknife.ordinal();
        if (Double.isNaN(acceleration[which])) {
            acceleration[which] = jackknife == Jackknife.ACROSS_STRATA ? accelerationAcross() : accelerationWithin();
        }
        return acceleration[which];
    }

    private double belowFraction() {
        long below = 0;
        long notAbove = 0;
        for (double v : sorted) {
            if (v < estimate) {
                below++;
            }
            if (v <= estimate) {
                notAbove++;
            }
        }
        return (below + notAbove) / (2.0 * sorted.length);
    }

    /**
     * BCa's levels {α₁, α₂} = Φ(z₀ + (z₀ + z)/(1 − a(z₀ + z))) for z = Φ⁻¹(α), Φ⁻¹(1 − α); null where the map
     * z ↦ α is not increasing (1 − a(z₀ + z) ≤ 0 at either end), which would invert the interval. Since the
     * jackknife gives |a| ≤ 1/6, that needs |z₀| &gt; 4: nearly every replicate on one side of θ̂.
     */
    static double[] correctedLevels(double z0, double a, double alpha) {
        double lowShift = z0 + normalQuantile(alpha);
        double highShift = z0 + normalQuantile(1.0 - alpha);
        double lowDenominator = 1.0 - a * lowShift;
        double highDenominator = 1.0 - a * highShift;
        if (!(lowDenominator > 0 && highDenominator > 0)) {
            return null;
        }
        return new double[] {normalCdf(z0 + lowShift / lowDenominator), normalCdf(z0 + highShift / highDenominator)};
    }

    /** a = Σ u_i³ / (6 (Σ u_i²)^{3/2}), u_i = θ̄ − θ_(i), replicate i leaving out run i of every stratum. */
    private double accelerationAcross() {
        checkJackknife();
        int[] weights = sample.unitWeights();
        double[] scratch = new double[sample.strata()];
        double[] jack = new double[sample.maxRuns()];
        for (int i = 0; i < jack.length; i++) {
            setRun(weights, i, 0);
            jack[i] = statistic.evaluate(sample, weights, scratch);
            setRun(weights, i, 1);
        }
        double mean = 0;
        for (double v : jack) {
            mean += v;
        }
        mean /= jack.length;
        double cubes = 0;
        double squares = 0;
        for (double v : jack) {
            double u = mean - v;
            cubes += u * u * u;
            squares += u * u;
        }
        return squares == 0 ? 0 : cubes / (6 * Math.pow(squares, 1.5));
    }

    /** a = (1/6) Σ_s Σ_i U³/n_s³ / (Σ_s Σ_i U²/n_s²)^{3/2}, U = (n_s − 1)(θ̄_(s,·) − θ_(s,i)). */
    private double accelerationWithin() {
        checkJackknife();
        int[] weights = sample.unitWeights();
        double[] scratch = new double[sample.strata()];
        double[] jack = new double[sample.maxRuns()];
        double cubes = 0;
        double squares = 0;
        for (int s = 0; s < sample.strata(); s++) {
            int n = sample.runs(s);
            for (int i = 0; i < n; i++) {
                weights[sample.start[s] + i] = 0;
                jack[i] = statistic.evaluate(sample, weights, scratch);
                weights[sample.start[s] + i] = 1;
            }
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += jack[i];
            }
            mean /= n;
            double stratumCubes = 0;
            double stratumSquares = 0;
            for (int i = 0; i < n; i++) {
                double u = (n - 1) * (mean - jack[i]);
                stratumCubes += u * u * u;
                stratumSquares += u * u;
            }
            cubes += stratumCubes / ((double) n * n * n);
            squares += stratumSquares / ((double) n * n);
        }
        return squares == 0 ? 0 : cubes / 6 / Math.pow(squares, 1.5);
    }

    private void setRun(int[] weights, int run, int weight) {
        for (int s = 0; s < sample.strata(); s++) {
            if (sample.runs(s) > run) {
                weights[sample.start[s] + run] = weight;
            }
        }
    }

    private void checkJackknife() {
        for (int s = 0; s < sample.strata(); s++) {
            if (sample.runs(s) < 2) {
                throw new IllegalArgumentException("BCa needs at least 2 runs in every stratum; stratum " + s
                        + " has " + sample.runs(s));
            }
        }
    }

    /** Φ(x) = ½ erfc(−x/√2). */
    static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /** Φ⁻¹(p) = √2 erf⁻¹(2p − 1). */
    static double normalQuantile(double p) {
        return SQRT2 * Erf.erfInv(2 * p - 1);
    }
}
