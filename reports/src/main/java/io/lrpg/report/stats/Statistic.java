package io.lrpg.report.stats;

/**
 * A scalar aggregate of a {@link Sample}, evaluated for a multiset of its runs: item k of the sample counts
 * {@code weights[k]} ≥ 0 times. Unit weights give the point estimate; a bootstrap resample gives the counts of
 * each run among the draws; a jackknife replicate sets one run's weight to 0. Every stratum keeps a positive
 * total weight.
 *
 * <p>Implementations must be pure functions of (sample, weights) and allocate nothing in {@link #evaluate}: the
 * bootstrap calls it once per resample.
 */
public interface Statistic {

    /**
     * The statistic of the weighted multiset.
     *
     * @param sample  the scores
     * @param weights multiplicity of each item, length {@link Sample#size()}; not modified
     * @param scratch a work array of length ≥ {@link Sample#strata()} that the statistic may overwrite
     */
    double evaluate(Sample sample, int[] weights, double[] scratch);

    /**
     * Checks that the statistic applies to this kind of sample (one algorithm, or a pair).
     *
     * @throws IllegalArgumentException if it does not
     */
    void check(Sample sample);

    /** The statistic of the sample itself (unit weights): the point estimate. */
    default double of(Sample sample) {
        check(sample);
        return evaluate(sample, sample.unitWeights(), new double[sample.strata()]);
    }

    /** A short name for tables ("IQM", "P(X > Y)", …). */
    String label();
}
