package io.lrpg.report.stats;

/**
 * How the BCa acceleration a is estimated from leave-one-run-out replicates θ_(·) of the statistic. Both need at
 * least two runs in every stratum, and both give a = 0 when all jackknife replicates are equal (no skewness to
 * correct; {@code arch} would divide 0 by 0). With a single stratum the two coincide (the ordinary jackknife,
 * {@code scipy.stats.bootstrap}'s BCa).
 */
public enum Jackknife {

    /**
     * rliable's choice ({@code arch}'s {@code _loo_jackknife} on the (runs × tasks) array rliable passes):
     * replicate i, for i = 0 .. max_s n_s − 1, leaves out run i of every stratum at once (a stratum with no run i
     * keeps all its runs), and with u_i = θ̄_(·) − θ_(i),
     * <pre>
     *   a = Σ_i u_i³ / (6 (Σ_i u_i²)^{3/2})
     * </pre>
     * With several strata the result depends on how runs are numbered within each task (run i of one task is
     * paired with run i of the others although they are unrelated); {@link #WITHIN_STRATA} does not.
     */
    ACROSS_STRATA,

    /**
     * The multi-sample jackknife of Efron and Tibshirani (1993, §14.3, eq. 14.15) that
     * {@code scipy.stats.bootstrap} uses for several samples: one jackknife per stratum s (replicate θ_(s,i)
     * leaves out run i of stratum s only), U_{s,i} = (n_s − 1)(θ̄_(s,·) − θ_(s,i)), and
     * <pre>
     *   a = (1/6) Σ_s Σ_i U_{s,i}³ / n_s³ / (Σ_s Σ_i U_{s,i}² / n_s²)^{3/2}
     * </pre>
     */
    WITHIN_STRATA
}
