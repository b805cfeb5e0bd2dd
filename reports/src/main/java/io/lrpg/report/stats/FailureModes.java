package io.lrpg.report.stats;

/**
 * Detects runs that ended badly, from their per-episode returns.
 *
 * <ul>
 *   <li>DIVERGED: the last return is not finite. {@code since} is the first episode of the maximal non-finite
 *       suffix.</li>
 *   <li>STUCK (checked only when the last return is finite): the maximal constant suffix c(j..L−1), c(t) = c(L−1)
 *       for t ≥ j, has at least W episodes ({@link StuckRule#windowFor}). {@code since} = j, the first episode
 *       of that suffix (a constant whole run is stuck since episode 0).</li>
 *   <li>HEALTHY otherwise: a run that was constant for a while and then changed again is healthy.</li>
 * </ul>
 */
public final class FailureModes {

    private FailureModes() {
    }

    /**
     * The diagnosis of one run's returns (episode 0 first).
     *
     * @throws IllegalArgumentException if the curve is empty
     */
    public static RunDiagnosis diagnose(double[] curve, StuckRule rule) {
        int length = curve.length;
        if (length == 0) {
            throw new IllegalArgumentException("empty curve");
        }
        double last = curve[length - 1];
        if (!Double.isFinite(last)) {
            int since = length - 1;
            while (since > 0 && !Double.isFinite(curve[since - 1])) {
                since--;
            }
            return new RunDiagnosis(RunHealth.DIVERGED, since);
        }
        int since = length - 1;
        while (since > 0 && curve[since - 1] == last) {
            since--;
        }
        return length - since >= rule.windowFor(length) ? new RunDiagnosis(RunHealth.STUCK, since)
                : RunDiagnosis.HEALTHY;
    }
}
