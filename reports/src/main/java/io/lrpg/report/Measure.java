package io.lrpg.report;

import io.lrpg.report.stats.Aggregate;
import io.lrpg.report.stats.OptimalityGap;
import io.lrpg.report.stats.Statistic;

/** The statistics over runs the report estimates with intervals (rliable's aggregate metrics). */
public enum Measure {
    /** The median run (numpy linear; with several environments, of the pooled runs). */
    MEDIAN("median"),
    /** The interquartile mean: the mean of the middle half of the runs (scipy {@code trim_mean(x, 0.25)}). */
    IQM("IQM"),
    /** The mean (with several environments, the mean of the per-environment means). */
    MEAN("mean"),
    /**
     * γ minus the mean of min(score, γ): how far the runs fall short of γ, the top of the paper's axis (lower is
     * better); γ = 1 on normalized scores.
     */
    OPTIMALITY_GAP("optimality gap");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    /** The name in tables. */
    public String label() {
        return label;
    }

    /** The statistic; {@code gamma} is used by the optimality gap only. */
    public Statistic statistic(double gamma) {
        return switch (this) {
            case MEDIAN -> Aggregate.MEDIAN;
            case IQM -> Aggregate.IQM;
            case MEAN -> Aggregate.MEAN;
            case OPTIMALITY_GAP -> new OptimalityGap(gamma);
        };
    }
}
