package io.lrpg.report.stats;

/** How a run ended ({@link FailureModes}). */
public enum RunHealth {
    /** Ends with a finite return and is not stuck. */
    HEALTHY,
    /** Its last episodes all return the same value ({@link StuckRule}). */
    STUCK,
    /** Its curve ends with a non-finite return (NaN or ±∞). */
    DIVERGED
}
