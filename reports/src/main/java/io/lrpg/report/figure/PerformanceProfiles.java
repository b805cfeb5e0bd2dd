package io.lrpg.report.figure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Performance-profile figures (Agarwal et al. 2021, "Deep RL at the edge of the statistical precipice"): per panel,
 * x = score threshold τ, y = fraction of runs with score &gt; τ, one line per algorithm with its band. One panel per
 * environment, then an aggregate panel. The x range is the thresholds' range; the y range is [−0.02, 1.02] (fractions
 * are in [0, 1]; the margin keeps lines at 0 and 1 visible). Legend as in {@link LearningCurves}.
 */
public final class PerformanceProfiles {

    /** Width of profile lines, px. */
    public static final double LINE_WIDTH = 1.5;

    private PerformanceProfiles() {
    }

    /** Writes {@code folder/name.svg} and {@code folder/name.png}; returns their paths. */
    public static List<Path> write(Path folder, String name, List<ProfilePanel> environments, ProfilePanel aggregate,
            ProfileOptions options) {
        return FigureFiles.write(folder, name, figure(environments, aggregate, options));
    }

    /**
     * The figure's scene.
     *
     * @param environments one panel per environment
     * @param aggregate    the aggregate panel, drawn last, or null
     */
    public static Figure figure(List<ProfilePanel> environments, ProfilePanel aggregate, ProfileOptions options) {
        List<ProfilePanel> panels = new ArrayList<>(environments);
        if (aggregate != null) {
            panels.add(aggregate);
        }
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no panels");
        }
        Map<String, Rgba> colours = Assembly.colours(panels.stream().flatMap(p -> p.curves().stream()).toList(),
                ProfileCurve::name, ProfileCurve::colour);
        List<Panel> built = new ArrayList<>();
        List<List<LegendEntry>> entries = new ArrayList<>();
        for (ProfilePanel p : panels) {
            List<Band> bands = new ArrayList<>();
            List<Series> series = new ArrayList<>();
            List<LegendEntry> legend = new ArrayList<>();
            for (ProfileCurve c : p.curves()) {
                Rgba colour = colours.get(c.name());
                Stroke stroke = Stroke.solid(colour, LINE_WIDTH);
                Rgba fill = colour.withAlpha(LearningCurves.BAND_ALPHA);
                if (c.lower() != null) {
                    bands.add(new Band(c.name() + " band", c.tau(), c.lower(), c.upper(), fill));
                }
                series.add(new Series(c.name(), c.tau(), c.fraction(), stroke));
                legend.add(new LegendEntry(c.label(), stroke, c.lower() != null ? fill : null));
            }
            DataRange data = DataRange.of(series, bands, Scale.LINEAR, Scale.LINEAR);
            Axis x = data.xAxis(p.tauLabel(), 0, Scale.LINEAR);
            Axis y = Axis.linear(options.yLabel(), -0.02, 1.02);
            built.add(Panel.of(p.title(), x, y).withBands(bands).withSeries(series).withPointNoun("thresholds"));
            entries.add(legend);
        }
        return Assembly.figure(built, entries, options.columns(), options.panelWidth(), options.panelHeight(),
                options.footnotes());
    }
}
