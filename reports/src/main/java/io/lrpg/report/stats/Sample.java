package io.lrpg.report.stats;

import java.util.List;

/**
 * Scores stratified by task, laid out once for fast weighted evaluation by a {@link Statistic}.
 *
 * <p>A sample has S strata. For one algorithm, stratum m is task m and holds that task's per-run scores (runs
 * may differ in number between tasks). For a comparison of two algorithms ({@link #pair}), the strata are X's M
 * tasks followed by Y's M tasks (S = 2M), which is the layout rliable's {@code StratifiedIndependentBootstrap}
 * resamples: each algorithm's runs independently within each task.
 *
 * <p>The runs of all strata are numbered 0..N−1 stratum after stratum ("items"); a statistic is evaluated for a
 * vector of item multiplicities (weights), so that a bootstrap resample or a jackknife deletion never copies
 * the scores. The constructor sorts the items once, both pooled and within each stratum.
 */
public final class Sample {

    private final int tasks;
    private final boolean pair;
    /** Items of stratum s are start[s] .. start[s+1]−1. */
    final int[] start;
    /** Score of each item. */
    final double[] values;
    /** All items by increasing score. */
    final int[] pooledOrder;
    /** The items of each stratum by increasing score, stored at start[s] .. start[s+1]−1. */
    final int[] stratumOrder;
    private final int maxRuns;

    private Sample(double[][] strata, int tasks, boolean pair) {
        this.tasks = tasks;
        this.pair = pair;
        start = new int[strata.length + 1];
        int runs = 0;
        for (int s = 0; s < strata.length; s++) {
            if (strata[s].length == 0) {
                throw new IllegalArgumentException("stratum " + s + " has no runs");
            }
            runs = Math.max(runs, strata[s].length);
            start[s + 1] = start[s] + strata[s].length;
        }
        maxRuns = runs;
        values = new double[start[strata.length]];
        for (int s = 0; s < strata.length; s++) {
            for (int i = 0; i < strata[s].length; i++) {
                double v = strata[s][i];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("score " + i + " of stratum " + s + " is not finite: " + v);
                }
                values[start[s] + i] = v;
            }
        }
        pooledOrder = identity(values.length);
        sortByValue(pooledOrder, 0, values.length, values);
        stratumOrder = identity(values.length);
        for (int s = 0; s < strata.length; s++) {
            sortByValue(stratumOrder, start[s], start[s + 1], values);
        }
    }

    /**
     * One algorithm's scores: {@code tasks[m][i]} is run i's score on task m.
     *
     * @throws IllegalArgumentException if there is no task, a task has no run, or a score is not finite
     */
    public static Sample of(double[]... tasks) {
        if (tasks.length == 0) {
            throw new IllegalArgumentException("no tasks");
        }
        return new Sample(tasks, tasks.length, false);
    }

    /** {@link #of(double[]...)} from a list. */
    public static Sample of(List<double[]> tasks) {
        return of(tasks.toArray(new double[0][]));
    }

    /**
     * Two algorithms' scores on the same M tasks, X's and Y's runs resampled independently within each task.
     *
     * @throws IllegalArgumentException if the task counts differ, or as {@link #of(double[]...)}
     */
    public static Sample pair(double[][] x, double[][] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same number (>= 1) of tasks, had "
                    + x.length + " and " + y.length);
        }
        double[][] strata = new double[2 * x.length][];
        System.arraycopy(x, 0, strata, 0, x.length);
        System.arraycopy(y, 0, strata, x.length, y.length);
        return new Sample(strata, x.length, true);
    }

    /** Number of tasks M. */
    public int tasks() {
        return tasks;
    }

    /** Whether this is a two-algorithm sample ({@link #pair}). */
    public boolean isPair() {
        return pair;
    }

    /** Number of strata S (M, or 2M for a pair). */
    public int strata() {
        return start.length - 1;
    }

    /** Runs in stratum s. */
    public int runs(int stratum) {
        return start[stratum + 1] - start[stratum];
    }

    /** The largest number of runs in a stratum. */
    public int maxRuns() {
        return maxRuns;
    }

    /** Total number of runs N over all strata. */
    public int size() {
        return values.length;
    }

    /** A weight vector with every item once. */
    int[] unitWeights() {
        int[] weights = new int[values.length];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * Sorts {@code order[from .. to)} by increasing {@code values[order[k]]} (stable merge sort, one buffer of
     * to − from ints).
     */
    public static void sortByValue(int[] order, int from, int to, double[] values) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n - width; left += 2 * width) {
                int mid = left + width;
                int right = Math.min(left + 2 * width, n);
                int i = left;
                int j = mid;
                int k = 0;
                while (i < mid && j < right) {
                    // take from the right only if strictly smaller: stable
                    buffer[k++] = values[order[from + j]] < values[order[from + i]] ? order[from + j++]
                            : order[from + i++];
                }
                while (i < mid) {
                    buffer[k++] = order[from + i++];
                }
                while (j < right) {
                    buffer[k++] = order[from + j++];
                }
                System.arraycopy(buffer, 0, order, from + left, k);
            }
        }
    }
}
