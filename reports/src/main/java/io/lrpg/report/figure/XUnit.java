package io.lrpg.report.figure;

/** What the x values of learning curves count. */
public enum XUnit {
    /** Episode index (or episodes played). */
    EPISODES("Episode", "episodes"),
    /** Cumulative environment steps. */
    ENVIRONMENT_STEPS("Environment steps", "steps");

    private final String axisLabel;
    private final String noun;

    XUnit(String axisLabel, String noun) {
        this.axisLabel = axisLabel;
        this.noun = noun;
    }

    /** The x-axis label. */
    public String axisLabel() {
        return axisLabel;
    }

    /** The unit in words, plural ("episodes", "steps"), for inset titles. */
    public String noun() {
        return noun;
    }
}
