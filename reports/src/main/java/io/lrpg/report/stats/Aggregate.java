package io.lrpg.report.stats;

import java.util.Arrays;

/**
 * rliable's aggregate point estimators (Agarwal et al. 2021, {@code rliable/metrics.py}) of one algorithm's
 * scores x_{m,i} (task m = 1..M, run i = 1..n_m), each for a weighted multiset (weights w_{m,i}, see
 * {@link Statistic}; unit weights for the plain estimate). Write W_m = Σ_i w_{m,i}.
 *
 * <p>Tasks with different numbers of runs: the means (MEAN, TASK_MEAN_MEDIAN) weigh every task equally, as
 * rliable's formulas do on its rectangular (runs × tasks) arrays; MEDIAN and IQM pool the runs, so a task
 * with more runs has more weight in them (rliable pools too; with equal run counts both readings coincide).
 */
public enum Aggregate implements Statistic {

    /**
     * Mean of the per-task means (rliable {@code aggregate_mean}):
     * (1/M) Σ_m (Σ_i w_{m,i} x_{m,i}) / W_m.
     */
    MEAN("mean") {
        @Override
        public double evaluate(Sample sample, int[] weights, double[] scratch) {
            taskMeans(sample, weights, scratch);
            double total = 0;
            for (int m = 0; m < sample.strata(); m++) {
                total += scratch[m];
            }
            return total / sample.strata();
        }
    },

    /**
     * Median of the pooled scores of all runs and tasks, numpy linear ({@link Quantiles}): the 50th percentile
     * of the multiset in which x_{m,i} appears w_{m,i} times. This is NOT rliable's {@code aggregate_median},
     * which is {@link #TASK_MEAN_MEDIAN}; with one task this is the median run.
     */
    MEDIAN("median") {
        @Override
        public double evaluate(Sample sample, int[] weights, double[] scratch) {
            return Quantiles.ofWeighted(sample.pooledOrder, 0, sample.size(), sample.values, weights,
                    totalWeight(weights), 50);
        }
    },

    /**
     * Interquartile mean of the pooled scores (rliable {@code aggregate_iqm} =
     * {@code scipy.stats.trim_mean(scores, 0.25, axis=None)}): with the pooled multiset sorted,
     * x_(0) ≤ … ≤ x_(T−1), T = Σ W_m, and c = ⌊T/4⌋,
     * <pre>
     *   IQM = (1/(T − 2c)) Σ_{k=c}^{T−c−1} x_(k)
     * </pre>
     * (the middle T − 2c scores; exactly half only when 4 divides T).
     */
    IQM("IQM") {
        @Override
        public double evaluate(Sample sample, int[] weights, double[] scratch) {
            int total = totalWeight(weights);
            int cut = (int) (0.25 * total);
            int end = total - cut;
            // walk the pooled order; item k covers positions [position, position + w_k) of the sorted multiset
            double sum = 0;
            int position = 0;
            int[] order = sample.pooledOrder;
            for (int k = 0; k < order.length && position < end; k++) {
                int item = order[k];
                int w = weights[item];
                int overlap = Math.min(position + w, end) - Math.max(position, cut);
                if (overlap > 0) {
                    sum += overlap * sample.values[item];
                }
                position += w;
            }
            return sum / (end - cut);
        }
    },

    /**
     * Median over tasks of the per-task means (rliable {@code aggregate_median}): numpy median of
     * {(Σ_i w_{m,i} x_{m,i}) / W_m : m = 1..M}.
     */
    TASK_MEAN_MEDIAN("median of task means") {
        @Override
        public double evaluate(Sample sample, int[] weights, double[] scratch) {
            taskMeans(sample, weights, scratch);
            Arrays.sort(scratch, 0, sample.strata());
            return Quantiles.ofSorted(scratch, 0, sample.strata(), 50);
        }
    };

    private final String label;

    Aggregate(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void check(Sample sample) {
        checkSingle(sample, this);
    }

    /** The aggregate of one algorithm's scores, {@code tasks[m][i]} = run i on task m. */
    public double of(double[]... tasks) {
        return of(Sample.of(tasks));
    }

    static void checkSingle(Sample sample, Statistic statistic) {
        if (sample.isPair()) {
            throw new IllegalArgumentException(statistic.label() + " needs one algorithm's scores, not a pair");
        }
    }

    static int totalWeight(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        return total;
    }

    /** scratch[m] = (Σ_i w_{m,i} x_{m,i}) / W_m for every stratum m. */
    static void taskMeans(Sample sample, int[] weights, double[] scratch) {
        taskMeans(sample, weights, scratch, Double.POSITIVE_INFINITY);
    }

    /** scratch[m] = (Σ_i w_{m,i} min(x_{m,i}, cap)) / W_m for every stratum m (cap = +∞: the plain means). */
    static void taskMeans(Sample sample, int[] weights, double[] scratch, double cap) {
        for (int m = 0; m < sample.strata(); m++) {
            double sum = 0;
            int count = 0;
            for (int k = sample.start[m]; k < sample.start[m + 1]; k++) {
                int w = weights[k];
                if (w != 0) {
                    sum += w * Math.min(sample.values[k], cap);
                    count += w;
                }
            }
            scratch[m] = sum / count;
        }
    }
}
