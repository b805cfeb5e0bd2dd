package io.lrpg.report.figure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Heatmap figures: panels of {@link HeatmapPanel}s side by side, each with its own colour key below it.
 *
 * <p>A panel is an ordinary {@link Panel}: column i spans x ∈ [i − ½, i + ½] and row j spans y ∈ [j − ½, j + ½], the
 * axes run from −½ − {@value #EDGE} to n − ½ + {@value #EDGE} with one labelled tick per category, every cell is a
 * {@link Band} (two points, lower = j − ½, upper = j + ½) in its colour, its label a {@link Note} at its centre, and a
 * marked cell is framed by four black {@link Series} of {@value #FRAME_WIDTH} px drawn {@value #FRAME_INSET} of a cell
 * inside its edges. Everything therefore goes through the one compiler and both renderers.
 *
 * <p>Colour: the value's position t ∈ [0, 1] between the panel's smallest and largest value (on the panel's
 * {@link Scale}; t = ½ if they are equal) picks a colour of {@link #RAMP}, interpolated linearly in sRGB between its
 * stops. The ramp is light (yellow to mid blue, the light end of ColorBrewer's YlGnBu), so the dark cell labels stay
 * readable on every cell. The key lists {@value #KEY_STEPS} colours at t = 0, ¼, ½, ¾, 1 with their values.
 */
public final class Heatmaps {

    /** The colour ramp's stops, from the smallest value to the largest. */
    public static final List<Rgba> RAMP = List.of(Rgba.rgb(255, 255, 204), Rgba.rgb(199, 233, 180),
            Rgba.rgb(127, 205, 187), Rgba.rgb(65, 182, 196), Rgba.rgb(44, 127, 184));
    /** The fill of a cell without a value. */
    public static final Rgba MISSING = Rgba.rgb(224, 224, 224);
    /** Entries of the colour key. */
    public static final int KEY_STEPS = 5;
    /** Width of the frame of a marked cell, px. */
    public static final double FRAME_WIDTH = 2.5;
    /** How far inside a marked cell's edges its frame runs, in cells. */
    public static final double FRAME_INSET = 0.04;
    /** Space between the outer cells and the axes, in cells. */
    public static final double EDGE = 0.02;

    private static final Stroke FRAME = Stroke.solid(Rgba.BLACK, FRAME_WIDTH);

    private Heatmaps() {
    }

    /** Writes {@code folder/name.svg} and {@code folder/name.png}; returns their paths. */
    public static List<Path> write(Path folder, String name, List<HeatmapPanel> panels, int columns, int panelWidth,
            int panelHeight, List<String> footnotes) {
        return FigureFiles.write(folder, name, figure(panels, columns, panelWidth, panelHeight, footnotes));
    }

    /** The figure's scene. */
    public static Figure figure(List<HeatmapPanel> panels, int columns, int panelWidth, int panelHeight,
            List<String> footnotes) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no heatmaps");
        }
        List<Panel> built = new ArrayList<>();
        for (HeatmapPanel p : panels) {
            built.add(panel(p, panelHeight));
        }
        return new Figure(built, Math.min(columns, built.size()), panelWidth, panelHeight, null, footnotes,
                Typography.DEFAULT);
    }

    /** The colour of t ∈ [0, 1] on {@link #RAMP}. */
    public static Rgba colour(double t) {
        double u = Math.max(0, Math.min(1, t)) * (RAMP.size() - 1);
        int i = Math.min(RAMP.size() - 2, (int) Math.floor(u));
        double f = u - i;
        Rgba a = RAMP.get(i);
        Rgba b = RAMP.get(i + 1);
        return Rgba.rgb((int) Math.round(a.red() + f * (b.red() - a.red())),
                (int) Math.round(a.green() + f * (b.green() - a.green())),
                (int) Math.round(a.blue() + f * (b.blue() - a.blue())));
    }

    private static Panel panel(HeatmapPanel p, int panelHeight) {
        int rows = p.rows();
        int columns = p.columns();
        double[] range = range(p);
        // a note's y is its baseline: half a cap height below the cell's centre centres the digits; the plot's height
        // is not known here, so it is estimated as the panel's less its title, x labels and a two-line key
        double baselineShift = TextMetrics.capHeight(Typography.DEFAULT.note()) / 2 / Math.max(100, panelHeight - 140);
        List<Band> cells = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double v = p.values()[j][i];
                Rgba fill = Double.isNaN(v) ? MISSING : colour(position(v, range, p.scale()));
                cells.add(new Band("cell " + j + "," + i, new double[] {i - 0.5, i + 0.5},
                        new double[] {j - 0.5, j - 0.5}, new double[] {j + 0.5, j + 0.5}, fill));
                String label = p.labels() != null ? p.labels()[j][i]
                        : Double.isNaN(v) ? "–" : Ticks.formatSignificant(v);
                notes.add(new Note(label, (i + 0.5 + EDGE) / (columns + 2 * EDGE),
                        (j + 0.5 + EDGE) / (rows + 2 * EDGE) - baselineShift, Anchor.MIDDLE));
            }
        }
        List<Series> frames = new ArrayList<>();
        for (int[] cell : p.marked()) {
            double x0 = cell[1] - 0.5 + FRAME_INSET;
            double x1 = cell[1] + 0.5 - FRAME_INSET;
            double y0 = cell[0] - 0.5 + FRAME_INSET;
            double y1 = cell[0] + 0.5 - FRAME_INSET;
            String name = "mark " + cell[0] + "," + cell[1];
            frames.add(new Series(name + " bottom", new double[] {x0, x1}, new double[] {y0, y0}, FRAME));
            frames.add(new Series(name + " top", new double[] {x0, x1}, new double[] {y1, y1}, FRAME));
            frames.add(new Series(name + " left", new double[] {x0, x0}, new double[] {y0, y1}, FRAME));
            frames.add(new Series(name + " right", new double[] {x1, x1}, new double[] {y0, y1}, FRAME));
        }
        Axis x = Axis.linear(p.xLabel(), -0.5 - EDGE, columns - 0.5 + EDGE).withTicks(ticks(p.xCategories()));
        Axis y = Axis.linear(p.yLabel(), -0.5 - EDGE, rows - 0.5 + EDGE).withTicks(ticks(p.yCategories()));
        List<LegendEntry> key = new ArrayList<>();
        if (Double.isFinite(range[0])) {
            for (int k = 0; k < KEY_STEPS; k++) {
                double t = k / (KEY_STEPS - 1.0);
                key.add(new LegendEntry(Ticks.formatSignificant(value(t, range, p.scale())), null, colour(t)));
                if (range[0] == range[1]) {
                    break;
                }
            }
        }
        if (!p.marked().isEmpty()) {
            key.add(new LegendEntry(p.markLabel(), FRAME, null));
        }
        return Panel.of(p.title(), x, y).withBands(cells).withSeries(frames).withNotes(notes)
                .withLegend(new Legend(LegendPosition.BELOW, key)).withPointNoun("cells");
    }

    private static List<Tick> ticks(List<String> categories) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            ticks.add(new Tick(i, categories.get(i)));
        }
        return ticks;
    }

    /** {smallest, largest} finite value (on the scale's axis: log10 for LOG10), NaN if there is none. */
    private static double[] range(HeatmapPanel p) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : p.values()) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    double s = p.scale() == Scale.LOG10 ? Math.log10(v) : v;
                    lo = Math.min(lo, s);
                    hi = Math.max(hi, s);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    /** t of a value: (s − lo)/(hi − lo) with s the value on the scale's axis; ½ if hi = lo. */
    static double position(double v, double[] range, Scale scale) {
        double s = scale == Scale.LOG10 ? Math.log10(v) : v;
        return range[1] > range[0] ? (s - range[0]) / (range[1] - range[0]) : 0.5;
    }

    private static double value(double t, double[] range, Scale scale) {
        double s = range[0] + t * (range[1] - range[0]);
        return scale == Scale.LOG10 ? Math.pow(10, s) : s;
    }
}
