package io.lrpg.report.stats;

import java.util.List;

/**
 * One statistic's learning curve with its pointwise bootstrap band (each episode's interval holds at its own
 * level; the band is not simultaneous over episodes).
 *
 * @param statistic the statistic over runs at each episode
 * @param episodes  the episodes evaluated (0-based), increasing
 * @param points    the estimate and interval at each of them
 */
public record CurveBand(Statistic statistic, int[] episodes, List<IntervalEstimate> points) {

    public CurveBand {
        episodes = episodes.clone();
        points = List.copyOf(points);
        if (episodes.length != points.size()) {
            throw new IllegalArgumentException(episodes.length + " episodes but " + points.size() + " points");
        }
    }

    @Override
    public int[] episodes() {
        return episodes.clone();
    }

    /** The estimates, episode by episode. */
    public double[] estimates() {
        return points.stream().mapToDouble(IntervalEstimate::estimate).toArray();
    }

    /** The lower ends, episode by episode. */
    public double[] lowers() {
        return points.stream().mapToDouble(IntervalEstimate::lower).toArray();
    }

    /** The upper ends, episode by episode. */
    public double[] uppers() {
        return points.stream().mapToDouble(IntervalEstimate::upper).toArray();
    }
}
