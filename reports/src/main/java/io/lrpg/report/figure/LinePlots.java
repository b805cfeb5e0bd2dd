package io.lrpg.report.figure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain line plots with bands, on linear or log10 axes (for example an approximation error against rank, log y):
 * per curve a translucent band and a centre line with point markers omitted, colours and legend as in
 * {@link LearningCurves}. Each axis is the data's range widened by {@value LearningCurves#Y_MARGIN} of its span (in
 * decades on a log axis) on each side: x over every point whose x can be drawn, y over the points drawable on both
 * axes. So nothing drawable is clipped, and a value a log y axis cannot show (≤ 0) is marked below the plot at its x
 * and footnoted by the compiler.
 */
public final class LinePlots {

    private LinePlots() {
    }

    /** Writes {@code folder/name.svg} and {@code folder/name.png}; returns their paths. */
    public static List<Path> write(Path folder, String name, List<LinePanel> panels, int columns, int panelWidth,
            int panelHeight, List<String> footnotes) {
        return FigureFiles.write(folder, name, figure(panels, columns, panelWidth, panelHeight, footnotes));
    }

    /** The figure's scene. */
    public static Figure figure(List<LinePanel> panels, int columns, int panelWidth, int panelHeight,
            List<String> footnotes) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no panels");
        }
        Map<String, Rgba> colours = Assembly.colours(panels.stream().flatMap(p -> p.curves().stream()).toList(),
                Curve::name, Curve::colour);
        List<Panel> built = new ArrayList<>();
        List<List<LegendEntry>> entries = new ArrayList<>();
        for (LinePanel p : panels) {
            List<Band> bands = new ArrayList<>();
            List<Series> series = new ArrayList<>();
            List<LegendEntry> legend = new ArrayList<>();
            for (Curve c : p.curves()) {
                Rgba colour = colours.get(c.name());
                if (c.hasBand()) {
                    bands.add(new Band(c.name() + " band", c.x(), c.lower(), c.upper(),
                            LearningCurves.bandFill(colour)));
                }
                series.add(new Series(c.name(), c.x(), c.centre(), LearningCurves.centreStroke(colour)));
                legend.add(new LegendEntry(c.label(), LearningCurves.centreStroke(colour),
                        c.hasBand() ? LearningCurves.bandFill(colour) : null));
            }
            DataRange xs;
            DataRange ys;
            try {
                // x from every point drawable on the x scale, so a value the y axis cannot show is marked below or
                // above the plot where it lies, not cut off the x axis
                xs = DataRange.of(series, bands, p.xScale(), Scale.LINEAR);
                ys = DataRange.of(series, bands, p.xScale(), p.yScale());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("panel " + p.title() + ": " + e.getMessage(), e);
            }
            Axis x = xs.xAxis(p.xLabel(), LearningCurves.Y_MARGIN, p.xScale());
            Axis y = ys.yAxis(p.yLabel(), LearningCurves.Y_MARGIN, p.yScale());
            built.add(Panel.of(p.title(), x, y).withBands(bands).withSeries(series).withPointNoun("points"));
            entries.add(legend);
        }
        return Assembly.figure(built, entries, columns, panelWidth, panelHeight, footnotes);
    }
}
