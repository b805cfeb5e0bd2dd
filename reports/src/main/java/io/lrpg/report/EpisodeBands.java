package io.lrpg.report;

import io.lrpg.report.stats.Quantiles;
import java.util.List;

/**
 * The paper's learning-curve statistic: per episode, the median and the 25th and 75th percentiles of the return
 * across runs (numpy linear percentiles, {@link Quantiles}).
 *
 * <p>Episode e uses the runs that have a finite return at e: a diverged run contributes its episodes before the
 * non-finite one. {@code runs[e]} says how many runs that was.
 *
 * @param runs   runs contributing at each episode
 * @param p25    25th percentile per episode
 * @param median median per episode
 * @param p75    75th percentile per episode
 */
public record EpisodeBands(int[] runs, double[] p25, double[] median, double[] p75) {

    /** Number of episodes. */
    public int episodes() {
        return median.length;
    }

    /**
     * Computes the bands of a set of runs' returns (episode 0 first). The length is that of the longest run's finite
     * prefix.
     *
     * @throws IllegalArgumentException if there are no finite returns at all
     */
    public static EpisodeBands of(List<double[]> curves) {
        int episodes = 0;
        for (double[] c : curves) {
            episodes = Math.max(episodes, finitePrefix(c));
        }
        if (episodes == 0) {
            throw new IllegalArgumentException("no finite returns");
        }
        int[] runs = new int[episodes];
        double[] p25 = new double[episodes];
        double[] median = new double[episodes];
        double[] p75 = new double[episodes];
        double[] buffer = new double[curves.size()];
        for (int e = 0; e < episodes; e++) {
            int n = 0;
            for (double[] c : curves) {
                if (e < c.length && Double.isFinite(c[e])) {
                    buffer[n++] = c[e];
                }
            }
            java.util.Arrays.sort(buffer, 0, n);
            runs[e] = n;
            p25[e] = Quantiles.ofSorted(buffer, 0, n, 25);
            median[e] = Quantiles.ofSorted(buffer, 0, n, 50);
            p75[e] = Quantiles.ofSorted(buffer, 0, n, 75);
        }
        return new EpisodeBands(runs, p25, median, p75);
    }

    /** Number of leading finite values. */
    static int finitePrefix(double[] curve) {
        int n = 0;
        while (n < curve.length && Double.isFinite(curve[n])) {
            n++;
        }
        return n;
    }
}
