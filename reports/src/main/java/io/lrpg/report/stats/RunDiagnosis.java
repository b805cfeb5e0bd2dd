package io.lrpg.report.stats;

import java.util.Objects;

/**
 * A run's {@link RunHealth} and where its failure began.
 *
 * @param health what the run's ending shows
 * @param since  STUCK: the first episode (0-based) of the longest constant suffix; DIVERGED: the first episode of
 *               the longest non-finite suffix; HEALTHY: −1
 */
public record RunDiagnosis(RunHealth health, int since) {

    public RunDiagnosis {
        Objects.requireNonNull(health, "health");
        if ((health == RunHealth.HEALTHY) != (since == -1) || since < -1) {
            throw new IllegalArgumentException("since must be -1 exactly when HEALTHY, was " + since + " for "
                    + health);
        }
    }

    static final RunDiagnosis HEALTHY = new RunDiagnosis(RunHealth.HEALTHY, -1);
}
