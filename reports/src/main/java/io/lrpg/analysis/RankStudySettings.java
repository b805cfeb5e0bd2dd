package io.lrpg.analysis;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The settings of a rank study.
 *
 * @param points  points per state dimension of network grids, or empty for {@link StoredRuns#defaultPoints}
 * @param maxRank R, the largest CP rank fitted, &gt; 0
 * @param cp      how each CP rank is fitted
 * @param workers functions analysed side by side, &gt; 0 (results do not depend on it)
 */
public record RankStudySettings(OptionalInt points, int maxRank, CpSettings cp, int workers) {

    /** The default R. */
    public static final int DEFAULT_MAX_RANK = 8;

    public RankStudySettings {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(cp, "cp");
        if (points.isPresent() && points.getAsInt() < 2) {
            throw new IllegalArgumentException("points must be >= 2, was " + points.getAsInt());
        }
        if (maxRank <= 0) {
            throw new IllegalArgumentException("maxRank must be > 0, was " + maxRank);
        }
        if (workers <= 0) {
            throw new IllegalArgumentException("workers must be > 0, was " + workers);
        }
    }
}
