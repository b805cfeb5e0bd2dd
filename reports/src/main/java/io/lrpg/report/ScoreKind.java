package io.lrpg.report;

/** Which per-run score a statistic is taken of. */
public enum ScoreKind {
    /** The return of the run's last episode (the paper's final return). */
    FINAL("final return", "final"),
    /** The mean return over the run's last N episodes (all of them if it has fewer). */
    LAST_MEAN("mean of the last N episodes", "last");

    private final String description;
    private final String column;

    ScoreKind(String description, String column) {
        this.description = description;
        this.column = column;
    }

    /** In words ("N" stands for the report's N). */
    public String description(int lastEpisodes) {
        return description.replace("N", Integer.toString(lastEpisodes));
    }

    /** Short id for CSV columns. */
    public String column() {
        return column;
    }

    /** The score of one run's returns (the last may be non-finite for a diverged run: then NaN). */
    public double score(double[] returns, int lastEpisodes) {
        int n = returns.length;
        if (!Double.isFinite(returns[n - 1])) {
            return Double.NaN;
        }
        if (this == FINAL) {
            return returns[n - 1];
        }
        int from = Math.max(0, n - lastEpisodes);
        double sum = 0;
        for (int e = from; e < n; e++) {
            sum += returns[e];
        }
        return sum / (n - from);
    }
}
