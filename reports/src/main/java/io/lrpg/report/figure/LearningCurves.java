package io.lrpg.report.figure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Learning-curve and sample-efficiency figures: one panel per environment, per curve a band (drawn first, translucent),
 * a centre line (1.5 px) and optionally a smoothed centre line (1.2 px, dashed, darker), in the curve's colour.
 *
 * <p>{@link Style#PAPER}: y range the panel's {@code paperYRange}, x from 0 to {@link Ticks#roundUp} of the largest x,
 * titles "(a) …", "(b) …"; data outside the y range is clipped, marked and footnoted. {@link Style#CLEAN}: y range the
 * data's (every centre, band and smoothed value) plus 4 % of its span on each side, x the data's (its start moved down
 * to 0 and its end up to a round number when that is within 1 % of the span), titles as given; nothing is clipped. A
 * panel's {@link Zoom} adds an inset of the early part (its y range: the paper's, or the data's within the inset) or
 * makes x logarithmic.
 *
 * <p>Legend: one entry per curve (its label, with a line over a band swatch), plus one for smoothed lines if any;
 * one legend below the figure listing every distinct entry when no two distinct entries share a swatch (colour and
 * line), otherwise one below each panel.
 */
public final class LearningCurves {

    /** Opacity of bands. */
    public static final double BAND_ALPHA = 0.2;
    /** Width of centre lines, px. */
    public static final double CENTRE_WIDTH = 1.5;
    /** Width of smoothed lines, px. */
    public static final double SMOOTHED_WIDTH = 1.2;
    /** Clean style's y margin, fraction of the data's span per side. */
    public static final double Y_MARGIN = 0.04;
    /** Inset width, fraction of the plot width. */
    public static final double INSET_WIDTH = 0.5;
    /** Inset height, fraction of the plot height. */
    public static final double INSET_HEIGHT = 0.42;
    /** A clean x axis starts at 0 or ends on a round number if that is at most this fraction of the span beyond the
     * data. */
    public static final double X_ROUND_END = 0.01;

    private static final Rgba SMOOTHED_SWATCH = Rgba.rgb(70, 70, 70);

    private LearningCurves() {
    }

    /** Writes {@code folder/name.svg} and {@code folder/name.png}; returns their paths. */
    public static List<Path> write(Path folder, String name, List<CurvePanel> panels, CurveOptions options) {
        return FigureFiles.write(folder, name, figure(panels, options));
    }

    /**
     * Sample-efficiency curves (e.g. IQM per episode with a bootstrap band): as {@link #write} with
     * {@link CurveOptions#sampleEfficiency(XUnit)}.
     */
    public static List<Path> sampleEfficiency(Path folder, String name, List<CurvePanel> panels, XUnit xUnit) {
        return write(folder, name, panels, CurveOptions.sampleEfficiency(xUnit));
    }

    /** The figure's scene. */
    public static Figure figure(List<CurvePanel> panels, CurveOptions options) {
        Parts parts = parts(panels, options);
        return Assembly.figure(parts.panels(), parts.legends(), options.columns(), options.panelWidth(),
                options.panelHeight(), options.footnotes());
    }

    /**
     * One single-panel figure per panel, each as it is in {@link #figure} (same letter in the paper style, e.g. "(c)
     * Goddard rocket", same colours), with its own legend below it and the options' footnotes.
     */
    public static List<Figure> panelFigures(List<CurvePanel> panels, CurveOptions options) {
        Parts parts = parts(panels, options);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            figures.add(Assembly.figure(List.of(parts.panels().get(i)), List.of(parts.legends().get(i)), 1,
                    options.panelWidth(), options.panelHeight(), options.footnotes()));
        }
        return figures;
    }

    /**
     * Writes each panel as its own figure ({@link #panelFigures}): {@code folder/names[i].svg} and {@code .png}.
     * Returns the paths, two per panel, in panel order.
     */
    public static List<Path> writeEach(Path folder, List<String> names, List<CurvePanel> panels,
            CurveOptions options) {
        if (names.size() != panels.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + panels.size() + " panels");
        }
        List<Figure> figures = panelFigures(panels, options);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            written.addAll(FigureFiles.write(folder, names.get(i), figures.get(i)));
        }
        return written;
    }

    /** The built panels (titled, coloured) and each panel's legend entries. */
    private record Parts(List<Panel> panels, List<List<LegendEntry>> legends) {
    }

    private static Parts parts(List<CurvePanel> panels, CurveOptions options) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no panels");
        }
        Map<String, Rgba> colours = Assembly.colours(panels.stream().flatMap(p -> p.curves().stream()).toList(),
                Curve::name, Curve::colour);
        List<Panel> built = new ArrayList<>();
        List<List<LegendEntry>> entries = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            CurvePanel p = panels.get(i);
            String title = options.style() == Style.PAPER ? "(" + (char) ('a' + i) + ") " + p.title() : p.title();
            built.add(panel(p, title, options, colours));
            List<LegendEntry> legend = new ArrayList<>();
            boolean smoothed = false;
            for (Curve c : p.curves()) {
                Rgba colour = colours.get(c.name());
                legend.add(new LegendEntry(c.label(), centreStroke(colour), c.hasBand() ? bandFill(colour) : null));
                smoothed |= c.smoothed() != null;
            }
            if (smoothed) {
                legend.add(new LegendEntry(options.smoothedLabel(), new Stroke(SMOOTHED_SWATCH, SMOOTHED_WIDTH,
                        Dash.DASHED), null));
            }
            entries.add(legend);
        }
        return new Parts(built, entries);
    }

    private static Panel panel(CurvePanel p, String title, CurveOptions options, Map<String, Rgba> colours) {
        List<Band> bands = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<Series> smoothed = new ArrayList<>();
        for (Curve c : p.curves()) {
            Rgba colour = colours.get(c.name());
            if (c.hasBand()) {
                bands.add(new Band(c.name() + " band", c.x(), c.lower(), c.upper(), bandFill(colour)));
            }
            series.add(new Series(c.name(), c.x(), c.centre(), centreStroke(colour)));
            if (c.smoothed() != null) {
                smoothed.add(new Series(c.name() + " smoothed", c.x(), c.smoothed(), smoothedStroke(colour)));
            }
        }
        series.addAll(smoothed);
        boolean logX = p.zoom().kind() == Zoom.Kind.LOG_X;
        Scale xScale = logX ? Scale.LOG10 : Scale.LINEAR;
        DataRange data;
        try {
            data = DataRange.of(series, bands, xScale, Scale.LINEAR);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("panel " + p.title() + ": " + e.getMessage(), e);
        }
        String xLabel = options.xUnit().axisLabel() + (logX ? " (log scale)" : "");
        Axis x;
        if (options.style() == Style.PAPER && !logX && data.xMin() >= 0 && data.xMax() > 0) {
            x = Axis.linear(xLabel, 0, Ticks.roundUp(data.xMax()));
        } else if (!logX && data.xMax() > data.xMin()) {
            double start = data.xMin() >= 0 && data.xMin() <= X_ROUND_END * (data.xMax() - data.xMin()) ? 0
                    : data.xMin();
            x = Axis.linear(xLabel, start, roundEnd(data.xMin(), data.xMax()));
        } else {
            x = data.xAxis(xLabel, 0, xScale);
        }
        Axis y = yAxis(p, options, data);
        Panel panel = Panel.of(title, x, y).withBands(bands).withSeries(series).withPointNoun("episodes");
        if (p.zoom().kind() == Zoom.Kind.INSET) {
            panel = panel.withInset(new Inset(inset(p, options, x, bands, series), Corner.BEST, INSET_WIDTH,
                    INSET_HEIGHT));
        }
        return panel;
    }

    /**
     * The end of a clean x axis: the data's largest x, or the round number {@link Ticks#roundUp} above it if that is
     * within {@value #X_ROUND_END} of the span (29 999 episodes → 30 000).
     */
    static double roundEnd(double min, double max) {
        if (max <= 0) {
            return max;
        }
        double round = Ticks.roundUp(max);
        return round - max <= X_ROUND_END * (max - min) ? round : max;
    }

    private static Axis yAxis(CurvePanel p, CurveOptions options, DataRange data) {
        if (options.style() == Style.PAPER) {
            if (p.paperYRange() == null) {
                throw new IllegalArgumentException("panel " + p.title() + ": the paper style needs paperYRange");
            }
            return Axis.linear(options.yLabel(), p.paperYRange()[0], p.paperYRange()[1]);
        }
        return data.yAxis(options.yLabel(), Y_MARGIN, Scale.LINEAR);
    }

    /** The inset: the same items restricted to x ≤ upTo, titled "first 6 000 episodes". */
    private static Panel inset(CurvePanel p, CurveOptions options, Axis mainX, List<Band> bands, List<Series> series) {
        double upTo = p.zoom().upTo();
        if (!(upTo > mainX.min())) {
            throw new IllegalArgumentException("panel " + p.title() + ": inset end " + upTo
                    + " must exceed the x axis start " + mainX.min());
        }
        List<Band> b = new ArrayList<>();
        for (Band band : bands) {
            int[] keep = upTo(band.x(), mainX.min(), upTo);
            b.add(new Band(band.name(), pick(band.x(), keep), pick(band.lower(), keep), pick(band.upper(), keep),
                    band.fill()));
        }
        List<Series> s = new ArrayList<>();
        for (Series line : series) {
            int[] keep = upTo(line.x(), mainX.min(), upTo);
            s.add(new Series(line.name(), pick(line.x(), keep), pick(line.y(), keep), line.stroke()));
        }
        Axis x = Axis.linear("", mainX.min(), upTo);
        Axis y = options.style() == Style.PAPER ? Axis.linear("", p.paperYRange()[0], p.paperYRange()[1])
                : DataRange.of(s, b, Scale.LINEAR, Scale.LINEAR).yAxis("", Y_MARGIN, Scale.LINEAR);
        String title = "first " + Ticks.format(upTo, Ticks.decimals(upTo)) + " " + options.xUnit().noun();
        return Panel.of(title, x, y).withBands(b).withSeries(s).withPointNoun("episodes");
    }

    /** Indices i with from ≤ x[i] ≤ to. */
    private static int[] upTo(double[] x, double from, double to) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> x[i] >= from && x[i] <= to).toArray();
    }

    private static double[] pick(double[] values, int[] indices) {
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    static Stroke centreStroke(Rgba colour) {
        return Stroke.solid(colour, CENTRE_WIDTH);
    }

    static Stroke smoothedStroke(Rgba colour) {
        return new Stroke(colour.darker(0.35), SMOOTHED_WIDTH, Dash.DASHED);
    }

    static Rgba bandFill(Rgba colour) {
        return colour.withAlpha(BAND_ALPHA);
    }
}
