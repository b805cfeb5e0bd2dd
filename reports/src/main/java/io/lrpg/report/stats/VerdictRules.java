package io.lrpg.report.stats;

/**
 * The rules that turn a measured interval into a {@link ClaimVerdict}. All are pure functions; intervals are
 * closed (an end equal to a boundary counts as inside).
 */
public final class VerdictRules {

    /** Cells (one model on one environment) with fewer runs than this get {@link ClaimVerdict#TOO_FEW_RUNS}. */
    public static final int MIN_RUNS = 10;

    /** How close (relative) a ratio's estimate must be to the paper's number to be CONSISTENT: ±25 %. */
    public static final double RATIO_TOLERANCE = 0.25;

    /**
     * The non-inferiority margin δ of "similar or better": low-rank may win as few as ½ − δ = 40 % of the
     * (low-rank run, baseline run) pairs and still count as similar.
     */
    public static final double SIMILARITY_MARGIN = 0.10;

    private VerdictRules() {
    }

    /**
     * A ratio claim such as "low-rank needs 5× fewer episodes", for a measured ratio r (estimate r̂, interval
     * [l, u]) and the paper's ratio ρ &gt; 0, ρ ≠ 1, in order:
     * <ol>
     *   <li>TOO_FEW_RUNS if either cell has fewer than {@link #MIN_RUNS} runs;</li>
     *   <li>INCONCLUSIVE if l ≤ 1 ≤ u: no difference is not excluded, so there is no effect to compare, even if
     *       the interval also contains ρ;</li>
     *   <li>REPRODUCED if l ≤ ρ ≤ u;</li>
     *   <li>CONSISTENT if |r̂ − ρ| ≤ 0.25 ρ and the interval lies on ρ's side of 1 (the effect has the paper's
     *       direction: without this, ρ = 1.2 and a significant slow-down r̂ = 0.95 would be "consistent");</li>
     *   <li>NOT_REPRODUCED otherwise.</li>
     * </ol>
     *
     * @throws IllegalArgumentException if ρ is not finite and positive, or is 1 (that is no ratio claim)
     */
    public static ClaimVerdict ratio(IntervalEstimate measured, double paperRatio, int runsA, int runsB) {
        if (!(paperRatio > 0) || !Double.isFinite(paperRatio) || paperRatio == 1) {
            throw new IllegalArgumentException("paper ratio must be finite, positive and not 1, was " + paperRatio);
        }
        if (Math.min(runsA, runsB) < MIN_RUNS) {
            return ClaimVerdict.TOO_FEW_RUNS;
        }
        if (measured.contains(1)) {
            return ClaimVerdict.INCONCLUSIVE;
        }
        if (measured.contains(paperRatio)) {
            return ClaimVerdict.REPRODUCED;
        }
        boolean sameDirection = paperRatio > 1 ? measured.lower() > 1 : measured.upper() < 1;
        if (sameDirection && Math.abs(measured.estimate() - paperRatio) <= RATIO_TOLERANCE * paperRatio) {
            return ClaimVerdict.CONSISTENT;
        }
        return ClaimVerdict.NOT_REPRODUCED;
    }

    /** {@link #similarOrBetter(IntervalEstimate, int, int, double)} with {@link #SIMILARITY_MARGIN}. */
    public static ClaimVerdict similarOrBetter(IntervalEstimate probabilityOfImprovement, int runsLowRank,
            int runsBaseline) {
        return similarOrBetter(probabilityOfImprovement, runsLowRank, runsBaseline, SIMILARITY_MARGIN);
    }

    /**
     * "Low-rank's final return is similar to or better than the baseline's", from the interval [l, u] of
     * p = P(low-rank &gt; baseline) ({@link ProbabilityOfImprovement}; ½ means no difference). It is a
     * non-inferiority test with margin δ: the claim holds unless low-rank is worse by more than δ, i.e.
     * p &lt; ½ − δ. In order:
     * <ol>
     *   <li>TOO_FEW_RUNS if either cell has fewer than {@link #MIN_RUNS} runs;</li>
     *   <li>REPRODUCED if l ≥ ½ − δ: the whole interval says low-rank is at worst slightly worse (it wins at
     *       least ½ − δ of the pairs), whether it is similar or better;</li>
     *   <li>NOT_REPRODUCED if u &lt; ½ − δ: the whole interval says it is clearly worse;</li>
     *   <li>INCONCLUSIVE otherwise: the interval straddles ½ − δ.</li>
     * </ol>
     * The two conditions cannot both hold, and the verdict depends on the interval's level (95 % by default):
     * with 20 runs a side the 95 % interval of p for equal distributions is about ½ ± 0.18, so equal
     * algorithms come out INCONCLUSIVE; with 100 runs it is about ½ ± 0.08, REPRODUCED.
     *
     * @param margin δ ∈ [0, ½)
     */
    public static ClaimVerdict similarOrBetter(IntervalEstimate probabilityOfImprovement, int runsLowRank,
            int runsBaseline, double margin) {
        if (!(margin >= 0 && margin < 0.5)) {
            throw new IllegalArgumentException("margin must be in [0, 0.5), was " + margin);
        }
        if (Math.min(runsLowRank, runsBaseline) < MIN_RUNS) {
            return ClaimVerdict.TOO_FEW_RUNS;
        }
        double threshold = 0.5 - margin;
        if (probabilityOfImprovement.lower() >= threshold) {
            return ClaimVerdict.REPRODUCED;
        }
        if (probabilityOfImprovement.upper() < threshold) {
            return ClaimVerdict.NOT_REPRODUCED;
        }
        return ClaimVerdict.INCONCLUSIVE;
    }
}
