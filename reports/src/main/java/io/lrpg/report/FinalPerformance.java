package io.lrpg.report;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * The Mann–Whitney U test of final-episode returns, printed beside the bootstrap statistics of
 * {@link io.lrpg.report.stats} in the claims' basis, and the plain probability of improvement it rests on.
 */
public final class FinalPerformance {

    private FinalPerformance() {
    }

    /**
     * Mann–Whitney U test of x against y.
     *
     * @param u      U of x: the number of pairs (x<sub>i</sub>, y<sub>j</sub>) with x<sub>i</sub> &gt; y<sub>j</sub>,
     *               ties counting ½
     * @param pValue two-sided p-value from the normal approximation with the tie-corrected variance
     *               σ² = n₁n₂/12 · ((n+1) − Σ(t³ − t)/(n(n−1))) and no continuity correction, as scipy's
     *               {@code mannwhitneyu(x, y, use_continuity=False, method="asymptotic")}
     */
    public record MannWhitney(double u, double pValue) {
    }

    /**
     * The Mann–Whitney U test of x against y (see {@link MannWhitney}). Without ties the p-value is Commons Math's
     * {@link MannWhitneyUTest}; with ties it uses the tie-corrected variance, which Commons Math 3.6.1 omits (final
     * returns tie often: acrobot returns are multiples of 0.1, capped pendulum returns repeat).
     */
    public static MannWhitney mannWhitney(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("both samples need values");
        }
        double n1 = x.length;
        double n2 = y.length;
        double u = probabilityOfImprovement(x, y) * n1 * n2;
        double ties = tieSum(x, y);
        if (ties == 0) {
            return new MannWhitney(u, new MannWhitneyUTest().mannWhitneyUTest(x, y));
        }
        double n = n1 + n2;
        double variance = n1 * n2 / 12.0 * ((n + 1) - ties / (n * (n - 1)));
        if (variance <= 0) {
            return new MannWhitney(u, 1.0); // every value equal: no evidence of a difference
        }
        double z = (Math.min(u, n1 * n2 - u) - n1 * n2 / 2.0) / Math.sqrt(variance);
        double p = Math.min(1.0, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(z));
        return new MannWhitney(u, p);
    }

    /** Σ(t³ − t) over groups of t equal values in the pooled sample. */
    private static double tieSum(double[] x, double[] y) {
        double[] pooled = new double[x.length + y.length];
        System.arraycopy(x, 0, pooled, 0, x.length);
        System.arraycopy(y, 0, pooled, x.length, y.length);
        Arrays.sort(pooled);
        double sum = 0;
        int i = 0;
        while (i < pooled.length) {
            int j = i;
            while (j + 1 < pooled.length && pooled[j + 1] == pooled[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    /**
     * P(X &gt; Y) + ½ P(X = Y) for X drawn from x and Y from y: the probability that a random run of the first model
     * beats a random run of the second.
     */
    public static double probabilityOfImprovement(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("both samples need values");
        }
        double wins = 0;
        for (double a : x) {
            for (double b : y) {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / ((double) x.length * y.length);
    }
}
