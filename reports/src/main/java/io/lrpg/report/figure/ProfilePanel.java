package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * One panel of performance profiles (one environment, or the aggregate over environments).
 *
 * @param title    the title
 * @param tauLabel the x-axis label, e.g. "Final return threshold τ" or "Normalized score threshold τ"
 * @param curves   one profile per algorithm
 */
public record ProfilePanel(String title, String tauLabel, List<ProfileCurve> curves) {

    /** Validates the panel. */
    public ProfilePanel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tauLabel, "tauLabel");
        curves = List.copyOf(curves);
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("profile panel " + title + " has no curves");
        }
    }
}
