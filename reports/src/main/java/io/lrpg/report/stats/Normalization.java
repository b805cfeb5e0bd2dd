package io.lrpg.report.stats;

import java.util.List;

/**
 * Min–max normalization of one task's scores, x ↦ (x − min)/(max − min), so that scores of different tasks
 * share a scale (0 at {@code min}, 1 at {@code max}) before they are aggregated (rliable normalizes Atari scores
 * by random and human scores the same way). Scores outside [min, max] map outside [0, 1]; nothing is clipped.
 *
 * @param min the score that maps to 0 (finite)
 * @param max the score that maps to 1 (finite, &gt; min)
 */
public record Normalization(double min, double max) {

    public Normalization {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("need finite min < max, had min " + min + " and max " + max);
        }
    }

    /** (x − min)/(max − min). */
    public double apply(double x) {
        return (x - min) / (max - min);
    }

    /**
     * The normalized copy of {@code scores[m][i]} (run i on task m), task m normalized by {@code perTask.get(m)};
     * aggregate it with {@link Sample#of(double[]...)} and any {@link Statistic}.
     *
     * @throws IllegalArgumentException if the task counts differ
     */
    public static double[][] normalize(double[][] scores, List<Normalization> perTask) {
        if (scores.length != perTask.size()) {
            throw new IllegalArgumentException(scores.length + " tasks but " + perTask.size() + " normalizations");
        }
        double[][] out = new double[scores.length][];
        for (int m = 0; m < scores.length; m++) {
            Normalization n = perTask.get(m);
            out[m] = new double[scores[m].length];
            for (int i = 0; i < scores[m].length; i++) {
                out[m][i] = n.apply(scores[m][i]);
            }
        }
        return out;
    }
}
