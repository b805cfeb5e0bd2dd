package io.lrpg.report.stats;

/**
 * How a bootstrap distribution θ*_1..θ*_B of a statistic with estimate θ̂ becomes an interval of level 1 − 2α
 * (α = (1 − level)/2). Percentiles are numpy linear ({@link Quantiles}) of the B replicates; this is
 * {@code arch}'s {@code IIDBootstrap.conf_int}, which rliable's {@code get_interval_estimates} calls.
 */
public enum IntervalMethod {

    /** [q(100α), q(100(1 − α))], q the percentile of the replicates (rliable's default). */
    PERCENTILE,

    /**
     * Bias-corrected and accelerated (Efron 1987): [q(100 α₁), q(100 α₂)] with
     * <pre>
     *   α_{1,2} = Φ(z₀ + (z₀ + z)/(1 − a (z₀ + z))),   z = Φ⁻¹(α), Φ⁻¹(1 − α),
     *   z₀ = Φ⁻¹((#{θ*_b &lt; θ̂} + #{θ*_b ≤ θ̂}) / (2B))
     * </pre>
     * and the acceleration a from a jackknife ({@link Jackknife}). z₀ counts a replicate equal to θ̂ as one half
     * below, as {@code scipy.stats.bootstrap} does; {@code arch} counts only θ*_b &lt; θ̂, which is the same
     * unless replicates tie with the estimate (frequent for the median, whose replicates are data values).
     *
     * <p>When every replicate lies on one side of θ̂ (z₀ = ±∞) BCa is undefined ({@code arch} raises,
     * {@code scipy} returns NaN), and when 1 − a(z₀ + z) ≤ 0 at either end it would invert the interval
     * ({@code arch} and {@code scipy} return it inverted; with |a| ≤ 1/6 this needs |z₀| &gt; 4). In both cases
     * the interval is the percentile interval and says so in its {@link IntervalEstimate#method()}.
     */
    BCA
}
