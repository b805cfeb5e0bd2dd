package io.lrpg.report.figure;

import io.lrpg.report.figure.DisplayList.ClipRect;
import io.lrpg.report.figure.Primitive.Polygon;
import io.lrpg.report.figure.Primitive.Polyline;
import io.lrpg.report.figure.Primitive.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Figure} out and turns it into a {@link DisplayList}: every line, filled area and text as a primitive
 * in figure pixels, rounded to 0.1 px. Both renderers draw this list and nothing else.
 *
 * <p><b>Layout.</b> Panels are placed in a grid of {@code panelWidth × panelHeight} cells (a row whose panels have
 * legends {@link LegendPosition#BELOW} is taller by the tallest of those legends, so plot areas keep their size). In a
 * panel, the title is centred over the plot area; the y-axis label (rotated) and tick labels take the width they need
 * on the left (text widths from {@link TextMetrics}); the x tick labels and axis label take the bottom; a legend placed
 * {@link LegendPosition#BELOW} goes under the x-axis label. A shared legend and the footnotes follow below the grid.
 * Round ticks are chosen to fit: on a vertical axis at least {@value #Y_TICK_SPACING} px apart, on a horizontal one at
 * least {@value #X_TICK_SPACING} px and the widest label plus {@value #X_LABEL_GAP} px apart ({@link Ticks}).
 *
 * <p><b>Data.</b> A value v on an axis [min, max] of pixel length L is drawn at min-edge + L·u(v) ({@link
 * Axis#fraction}). Series and bands are decimated per pixel column ({@link Decimation}); coordinates farther than
 * {@value #CLAMP} px outside the plot area are clamped there (invisible either way). Everything is clipped to the plot
 * area.
 *
 * <p><b>Clipping is never silent.</b> For every series and band, the data points lying outside the axis ranges are
 * found from the data (not the pixels): points whose y (a band's lower bound, upper bound) is below the y range
 * (above it), and points whose x is outside the x range, counted only among points that are otherwise drawable. Each
 * such stretch is marked at the edge of the plot area, in the item's colour, by a bar along the edge over the
 * stretch's x extent and a triangle pointing outwards; stretches closer than {@value #MERGE_GAP} px are merged (and at
 * most {@value #MAX_MARKS} marks are drawn per item and edge, merging further if needed). A footnote per item and edge
 * says what was clipped, e.g. "low-rank band clipped below 0 at 13 of 1 000 episodes (x = 0 … 12; lowest −37.2)"
 * (counted among the item's points with finite values). On a log
 * axis, values ≤ 0 count as below the range. A reference line outside its axis range is not drawn, and a footnote
 * says so.
 */
public final class FigureCompiler {

    /** Outer margin of a panel, px. */
    static final double MARGIN = 8;
    /** Length of a labelled tick, px. */
    static final double TICK = 4;
    /** Length of a minor tick, px. */
    static final double MINOR_TICK = 2;
    /** Gap between a tick and its label, px. */
    static final double TICK_GAP = 3;
    /** Least distance between ticks on a vertical axis, px. */
    static final double Y_TICK_SPACING = 30;
    /** Least distance between ticks on a horizontal axis, px. */
    static final double X_TICK_SPACING = 60;
    /** Least gap between horizontal tick labels, px. */
    static final double X_LABEL_GAP = 14;
    /** Coordinates are clamped this far outside the plot area, px. */
    static final double CLAMP = 10_000;
    /** Clipped stretches closer than this are marked once, px. */
    static final double MERGE_GAP = 4;
    /** Most clipping marks per item and edge. */
    static final int MAX_MARKS = 30;
    /** Legend swatch size, px. */
    static final double SWATCH_WIDTH = 26;
    static final double SWATCH_HEIGHT = 10;
    /** Gap between an inset and the plot edges, px. */
    static final double INSET_PAD = 8;

    private static final Stroke AXIS_STROKE = Stroke.solid(Palette.INK, 1);
    private static final Stroke GRID_STROKE = Stroke.solid(Palette.GRID, 0.8);
    private static final Stroke FRAME_STROKE = Stroke.solid(Palette.FRAME, 0.8);

    /** Which edge of the plot area data was clipped at. */
    enum Side {
        BELOW, ABOVE, LEFT, RIGHT
    }

    /** A clipping footnote: its text and the colour of the item. */
    record ClipNote(String text, Rgba colour, Side side) {
    }

    private final List<Primitive> primitives = new ArrayList<>();
    private final List<ClipRect> clips = new ArrayList<>();
    private String group = "";

    private FigureCompiler() {
    }

    /** Compiles a figure. */
    public static DisplayList compile(Figure figure) {
        return new FigureCompiler().figure(figure);
    }

    private DisplayList figure(Figure f) {
        Typography t = f.typography();
        int width = f.columns() * f.panelWidth();
        double[] rowReserve = new double[f.rows()];
        for (int i = 0; i < f.panels().size(); i++) {
            Legend legend = f.panels().get(i).legend();
            if (legend != null && legend.position() == LegendPosition.BELOW && !legend.entries().isEmpty()) {
                double h = flowLayout(legend.entries(), f.panelWidth() - 2 * MARGIN, t).height;
                rowReserve[i / f.columns()] = Math.max(rowReserve[i / f.columns()], h);
            }
        }
        List<ClipNote> notes = new ArrayList<>();
        double y = 0;
        for (int row = 0; row < f.rows(); row++) {
            for (int col = 0; col < f.columns(); col++) {
                int i = row * f.columns() + col;
                if (i >= f.panels().size()) {
                    break;
                }
                Panel p = f.panels().get(i);
                String prefix = f.panels().size() == 1 ? ""
                        : (p.title().isEmpty() ? "panel " + (i + 1) : p.title()) + ": ";
                group = "panel-" + i;
                notes.addAll(panel(p, col * f.panelWidth(), y, f.panelWidth(), f.panelHeight() + rowReserve[row],
                        rowReserve[row], t, false, prefix));
            }
            y += f.panelHeight() + rowReserve[row];
        }
        if (f.legend() != null && !f.legend().entries().isEmpty()) {
            group = "legend";
            FlowLayout layout = flowLayout(f.legend().entries(), width - 2 * MARGIN, t);
            drawFlow(layout, MARGIN, y, width - 2 * MARGIN, t);
            y += layout.height;
        }
        if (!notes.isEmpty() || !f.footnotes().isEmpty()) {
            group = "footnotes";
            y += 4;
            double lineHeight = 1.35 * t.note();
            double left = 2 * MARGIN;
            double swatch = 12;
            for (ClipNote note : notes) {
                List<String> lines = wrap(note.text(), t.note(), FontWeight.NORMAL, width - 2 * left - swatch);
                double baseline = y + lineHeight / 2 + TextMetrics.capHeight(t.note()) / 2;
                double cy = baseline - TextMetrics.capHeight(t.note()) / 2;
                double[] tip = switch (note.side()) {
                    case BELOW -> new double[] {left + 4, cy + 3.2};
                    case ABOVE -> new double[] {left + 4, cy - 3.2};
                    case LEFT -> new double[] {left, cy};
                    case RIGHT -> new double[] {left + 6.4, cy};
                };
                polygon(Role.CLIP_MARK, "", triangle(tip[0], tip[1], 4, note.side()), note.colour(), null, -1);
                for (String line : lines) {
                    text(Role.CLIP_NOTE, left + swatch, baseline, line, t.note(), FontWeight.NORMAL, Anchor.START, 0,
                            Palette.INK);
                    baseline += lineHeight;
                    y += lineHeight;
                }
            }
            for (String footnote : f.footnotes()) {
                double baseline = y + lineHeight / 2 + TextMetrics.capHeight(t.note()) / 2;
                for (String line : wrap(footnote, t.note(), FontWeight.NORMAL, width - 2 * left)) {
                    text(Role.FOOTNOTE, left, baseline, line, t.note(), FontWeight.NORMAL, Anchor.START, 0,
                            Palette.INK);
                    baseline += lineHeight;
                    y += lineHeight;
                }
            }
            y += 4;
        }
        int height = (int) Math.ceil(y);
        group = "";
        primitives.add(0, new Polygon(Role.BACKGROUND, "", "", rect(0, 0, width, height), Rgba.WHITE, null, -1));
        return new DisplayList(width, height, clips, primitives);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // panels

    /** Maps data to pixels inside one plot area. */
    private record Plot(Axis x, Axis y, double left, double top, double right, double bottom) {

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        /** Pixel x of a value, NaN if it cannot be drawn. */
        double px(double v) {
            return left + x.fraction(v) * width();
        }

        /** Pixel y of a value, NaN if it cannot be drawn. */
        double py(double v) {
            return bottom - y.fraction(v) * height();
        }

        double clampX(double v) {
            return Math.max(left - CLAMP, Math.min(right + CLAMP, v));
        }

        double clampY(double v) {
            return Math.max(top - CLAMP, Math.min(bottom + CLAMP, v));
        }
    }

    /**
     * Draws one panel into the box (x0, y0, w, h), of which the bottom {@code reserve} px are for a legend below.
     * Returns its clipping notes.
     */
    private List<ClipNote> panel(Panel p, double x0, double y0, double w, double h, double reserve, Typography t,
            boolean inset, String prefix) {
        double pad = inset ? 3 : MARGIN;
        double titleBaseline = y0 + pad + TextMetrics.capHeight(t.title()) + 1;
        double top = p.title().isEmpty() ? y0 + pad + 6 : titleBaseline + 0.24 * t.title() + (inset ? 5 : 9);
        double xTickLabels = TICK + TICK_GAP + TextMetrics.capHeight(t.tick()) + 2;
        double xLabel = p.x().label().isEmpty() ? 0 : 6 + TextMetrics.capHeight(t.label()) + 0.24 * t.label();
        double bottom = y0 + h - reserve - pad - xLabel - xTickLabels;
        double ySpacing = inset ? 0.75 * Y_TICK_SPACING : Y_TICK_SPACING;
        List<Tick> yTicks = ticks(p.y(), bottom - top, false, t, ySpacing);
        double yLabelWidth = 0;
        for (Tick tick : yTicks) {
            yLabelWidth = Math.max(yLabelWidth, TextMetrics.width(tick.label(), t.tick(), FontWeight.NORMAL));
        }
        double yTitle = p.y().label().isEmpty() ? 0 : 1.2 * t.label() + 4;
        double left = x0 + pad + yTitle + yLabelWidth + TICK_GAP + TICK;
        double right = x0 + w - pad - 6;
        double xSpacing = inset ? 0.75 * X_TICK_SPACING : X_TICK_SPACING;
        List<Tick> xTicks = ticks(p.x(), right - left, true, t, xSpacing);
        double overhang = 0;
        for (Tick tick : xTicks) {
            double px = left + p.x().fraction(tick.value()) * (right - left);
            overhang = Math.max(overhang,
                    px + TextMetrics.width(tick.label(), t.tick(), FontWeight.NORMAL) / 2 - (x0 + w - 2));
        }
        if (overhang > 0) {
            right -= overhang;
            xTicks = ticks(p.x(), right - left, true, t, xSpacing);
        }
        // whole pixels: the clip rectangle is then pixel-aligned at integer PNG scales (Java2D clips such a rectangle
        // fast; a fractional one becomes a shape clip, which made the PNG about twice as slow)
        left = Math.round(left);
        top = Math.round(top);
        right = Math.round(right);
        bottom = Math.round(bottom);
        Plot plot = new Plot(p.x(), p.y(), left, top, right, bottom);
        clips.add(new ClipRect(left, top, right - left, bottom - top));
        int clip = clips.size() - 1;
        Occupancy occupancy = new Occupancy(left, top, right - left, bottom - top);
        List<ClipNote> notes = new ArrayList<>();

        grid(plot, xTicks, yTicks);
        for (Band band : p.bands()) {
            band(plot, band, clip, occupancy);
        }
        for (ReferenceLine line : p.references()) {
            reference(plot, line, clip, t, prefix, notes);
        }
        for (Series series : p.series()) {
            series(plot, series, clip, occupancy);
        }
        for (Band band : p.bands()) {
            Rgba colour = band.fill().withAlpha(1).darker(0.15);
            clipMarks(plot, band.name(), band.x(), band.lower(), band.upper(), colour, p.pointNoun(), prefix, notes);
        }
        for (Series series : p.series()) {
            clipMarks(plot, series.name(), series.x(), series.y(), series.y(), series.stroke().colour().withAlpha(1),
                    p.pointNoun(), prefix, notes);
        }
        axes(plot, xTicks, yTicks, t);
        if (!p.x().label().isEmpty()) {
            double baseline = bottom + xTickLabels + 6 + TextMetrics.capHeight(t.label());
            text(Role.AXIS_LABEL, left + plot.width() / 2, baseline, p.x().label(), t.label(), FontWeight.NORMAL,
                    Anchor.MIDDLE, 0, Palette.INK);
        }
        if (!p.y().label().isEmpty()) {
            text(Role.AXIS_LABEL, x0 + pad + 0.76 * t.label(), top + plot.height() / 2, p.y().label(), t.label(),
                    FontWeight.NORMAL, Anchor.MIDDLE, -90, Palette.INK);
        }
        if (!p.title().isEmpty()) {
            text(Role.TITLE, left + plot.width() / 2, titleBaseline, p.title(), t.title(), FontWeight.BOLD,
                    Anchor.MIDDLE, 0, Palette.INK);
        }
        double[] insetBox = null;
        if (p.inset() != null && !inset) {
            Inset in = p.inset();
            double bw = in.width() * (plot.width() - 2 * INSET_PAD);
            double bh = in.height() * (plot.height() - 2 * INSET_PAD);
            insetBox = place(plot, in.corner(), bw, bh, INSET_PAD, occupancy);
            occupancy.markRect(insetBox[0], insetBox[1], bw, bh);
        }
        if (p.legend() != null && !p.legend().entries().isEmpty() && !inset) {
            if (p.legend().position() == LegendPosition.BELOW) {
                FlowLayout layout = flowLayout(p.legend().entries(), w - 2 * MARGIN, t);
                drawFlow(layout, x0 + MARGIN, y0 + h - reserve, w - 2 * MARGIN, t);
            } else {
                insideLegend(plot, p.legend(), t, occupancy);
            }
        }
        for (Note note : p.notes()) {
            text(Role.NOTE, left + note.x() * plot.width(), bottom - note.y() * plot.height(), note.text(), t.note(),
                    FontWeight.NORMAL, note.anchor(), 0, Palette.INK);
        }
        if (insetBox != null) {
            String outer = group;
            group = outer + "-inset";
            double bw = insetBox[2];
            double bh = insetBox[3];
            polygon(Role.INSET_FRAME, "", rect(insetBox[0], insetBox[1], bw, bh), Rgba.WHITE, FRAME_STROKE, -1);
            notes.addAll(panel(p.inset().panel(), insetBox[0], insetBox[1], bw, bh, 0, Typography.INSET, true,
                    prefix + "inset: "));
            group = outer;
        }
        return notes;
    }

    /** The axis's own ticks, or round ones that fit its length; only those inside the range. */
    private static List<Tick> ticks(Axis axis, double length, boolean horizontal, Typography t, double spacing) {
        List<Tick> ticks;
        if (!axis.ticks().isEmpty()) {
            ticks = axis.ticks();
        } else if (axis.scale() == Scale.LOG10) {
            ticks = Ticks.log10(axis.min(), axis.max());
        } else {
            ticks = Ticks.linear(axis.min(), axis.max(), Math.max(1, length), spacing,
                    horizontal ? s -> TextMetrics.width(s, t.tick(), FontWeight.NORMAL) : null, X_LABEL_GAP);
        }
        List<Tick> inside = new ArrayList<>();
        for (Tick tick : ticks) {
            double u = axis.fraction(tick.value());
            if (u >= -1e-9 && u <= 1 + 1e-9) {
                inside.add(tick);
            }
        }
        return inside;
    }

    private void grid(Plot plot, List<Tick> xTicks, List<Tick> yTicks) {
        for (Tick tick : xTicks) {
            double px = plot.px(tick.value());
            if (!tick.minor() && px - plot.left() > 0.5) {
                line(Role.GRID, "", new double[] {px, plot.top(), px, plot.bottom()}, GRID_STROKE, -1);
            }
        }
        for (Tick tick : yTicks) {
            double py = plot.py(tick.value());
            if (!tick.minor() && plot.bottom() - py > 0.5) {
                line(Role.GRID, "", new double[] {plot.left(), py, plot.right(), py}, GRID_STROKE, -1);
            }
        }
    }

    private void axes(Plot plot, List<Tick> xTicks, List<Tick> yTicks, Typography t) {
        line(Role.AXIS, "", new double[] {plot.left(), plot.top(), plot.left(), plot.bottom(), plot.right(),
            plot.bottom()}, AXIS_STROKE, -1);
        double xBaseline = plot.bottom() + TICK + TICK_GAP + TextMetrics.capHeight(t.tick());
        for (Tick tick : xTicks) {
            double px = plot.px(tick.value());
            double length = tick.minor() ? MINOR_TICK : TICK;
            line(Role.TICK, "", new double[] {px, plot.bottom(), px, plot.bottom() + length}, AXIS_STROKE, -1);
            if (!tick.minor()) {
                text(Role.TICK_LABEL, px, xBaseline, tick.label(), t.tick(), FontWeight.NORMAL, Anchor.MIDDLE, 0,
                        Palette.INK);
            }
        }
        for (Tick tick : yTicks) {
            double py = plot.py(tick.value());
            line(Role.TICK, "", new double[] {plot.left() - (tick.minor() ? MINOR_TICK : TICK), py, plot.left(), py},
                    AXIS_STROKE, -1);
            if (!tick.minor()) {
                text(Role.TICK_LABEL, plot.left() - TICK - TICK_GAP, py + TextMetrics.capHeight(t.tick()) / 2,
                        tick.label(), t.tick(), FontWeight.NORMAL, Anchor.END, 0, Palette.INK);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // data

    private void band(Plot plot, Band band, int clip, Occupancy occupancy) {
        int n = band.x().length;
        double[] px = new double[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = plot.px(band.x()[i]);
            upper[i] = plot.py(band.upper()[i]);
            lower[i] = plot.py(band.lower()[i]);
        }
        int start = 0;
        while (start < n) {
            while (start < n && !(Double.isFinite(px[start]) && Double.isFinite(upper[start])
                    && Double.isFinite(lower[start]))) {
                start++;
            }
            int end = start;
            while (end < n && Double.isFinite(px[end]) && Double.isFinite(upper[end]) && Double.isFinite(lower[end])) {
                end++;
            }
            if (end - start >= 2) {
                // pixel y grows downwards: the upper edge keeps the smallest pixel y per column
                int[] top = Decimation.extreme(px, upper, start, end, Extreme.MIN);
                int[] low = Decimation.extreme(px, lower, start, end, Extreme.MAX);
                double[] points = new double[2 * (top.length + low.length)];
                int k = 0;
                for (int i : top) {
                    points[k++] = plot.clampX(px[i]);
                    points[k++] = plot.clampY(upper[i]);
                }
                for (int j = low.length - 1; j >= 0; j--) {
                    points[k++] = plot.clampX(px[low[j]]);
                    points[k++] = plot.clampY(lower[low[j]]);
                }
                polygon(Role.BAND, band.name(), points, band.fill(), null, clip);
                occupancy.markBand(px, upper, top, lower, low);
            }
            start = end;
        }
    }

    private void series(Plot plot, Series series, int clip, Occupancy occupancy) {
        int n = series.x().length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = plot.px(series.x()[i]);
            py[i] = plot.py(series.y()[i]);
        }
        int start = 0;
        while (start < n) {
            while (start < n && !(Double.isFinite(px[start]) && Double.isFinite(py[start]))) {
                start++;
            }
            int end = start;
            while (end < n && Double.isFinite(px[end]) && Double.isFinite(py[end])) {
                end++;
            }
            if (end - start == 1) {
                // an isolated point: a short horizontal dash, so that it is not lost
                double x = plot.clampX(px[start]);
                double y = plot.clampY(py[start]);
                line(Role.SERIES, series.name(), new double[] {x - 0.75, y, x + 0.75, y}, series.stroke(), clip);
                occupancy.markSegment(x - 0.75, y, x + 0.75, y);
            } else if (end - start >= 2) {
                int[] kept = Decimation.minMax(px, py, start, end);
                double[] points = new double[2 * kept.length];
                for (int j = 0; j < kept.length; j++) {
                    points[2 * j] = plot.clampX(px[kept[j]]);
                    points[2 * j + 1] = plot.clampY(py[kept[j]]);
                    if (j > 0) {
                        occupancy.markSegment(points[2 * j - 2], points[2 * j - 1], points[2 * j], points[2 * j + 1]);
                    }
                }
                line(Role.SERIES, series.name(), points, series.stroke(), clip);
            }
            start = end;
        }
    }

    private void reference(Plot plot, ReferenceLine ref, int clip, Typography t, String prefix, List<ClipNote> notes) {
        boolean vertical = ref.orientation() == Orientation.VERTICAL;
        Axis axis = vertical ? plot.x() : plot.y();
        double u = axis.fraction(ref.value());
        if (!(u >= 0 && u <= 1)) {
            notes.add(new ClipNote(prefix + "reference line " + (vertical ? "x" : "y") + " = "
                    + Ticks.formatSignificant(ref.value()) + (ref.label().isEmpty() ? "" : " (" + ref.label() + ")")
                    + " lies outside the axis range and is not drawn", ref.stroke().colour().withAlpha(1),
                    vertical ? (u > 1 ? Side.RIGHT : Side.LEFT) : (u > 1 ? Side.ABOVE : Side.BELOW)));
            return;
        }
        if (vertical) {
            double px = plot.px(ref.value());
            line(Role.REFERENCE, "", new double[] {px, plot.top(), px, plot.bottom()}, ref.stroke(), clip);
            if (!ref.label().isEmpty()) {
                text(Role.NOTE, px + 3, plot.top() + TextMetrics.capHeight(t.note()) + 3, ref.label(), t.note(),
                        FontWeight.NORMAL, Anchor.START, 0, Palette.INK);
            }
        } else {
            double py = plot.py(ref.value());
            line(Role.REFERENCE, "", new double[] {plot.left(), py, plot.right(), py}, ref.stroke(), clip);
            if (!ref.label().isEmpty()) {
                text(Role.NOTE, plot.right() - 3, py - 3, ref.label(), t.note(), FontWeight.NORMAL, Anchor.END, 0,
                        Palette.INK);
            }
        }
    }

    /**
     * Marks and notes the points of an item outside the axis ranges: y below the range ({@code low} values, a band's
     * lower bound or a series' values), y above it ({@code high}), and x outside the x range.
     */
    private void clipMarks(Plot plot, String name, double[] x, double[] low, double[] high, Rgba colour, String noun,
            String prefix, List<ClipNote> notes) {
        Axis xa = plot.x();
        Axis ya = plot.y();
        for (Side side : Side.values()) {
            List<int[]> runs = new ArrayList<>();
            int count = 0;
            double extreme = Double.NaN;
            int first = -1;
            int last = -1;
            int runStart = -1;
            for (int i = 0; i <= x.length; i++) {
                boolean out = i < x.length && outside(side, x[i], low[i], high[i], xa, ya);
                if (out) {
                    count++;
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                    double v = side == Side.BELOW ? low[i] : side == Side.ABOVE ? high[i] : x[i];
                    extreme = Double.isNaN(extreme) ? v
                            : side == Side.BELOW || side == Side.LEFT ? Math.min(extreme, v) : Math.max(extreme, v);
                    if (runStart < 0) {
                        runStart = i;
                    }
                } else if (runStart >= 0) {
                    runs.add(new int[] {runStart, i - 1});
                    runStart = -1;
                }
            }
            if (count == 0) {
                continue;
            }
            int total = 0;
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(low[i]) && Double.isFinite(high[i])) {
                    total++;
                }
            }
            drawMarks(plot, name, side, x, runs, colour);
            String counted = Ticks.format(count, 0) + " of " + Ticks.format(total, 0) + " " + noun;
            notes.add(new ClipNote(prefix + noteText(name, side, counted, x[first], x[last], extreme, xa, ya),
                    colour, side));
        }
    }

    /** Whether point i lies outside the ranges on {@code side}, among points that are otherwise drawable. */
    private static boolean outside(Side side, double x, double low, double high, Axis xa, Axis ya) {
        if (!Double.isFinite(x) || !Double.isFinite(low) || !Double.isFinite(high)) {
            return false;
        }
        boolean xDrawable = DataRange.drawable(x, xa.scale());
        boolean xInside = xDrawable && xa.contains(x);
        return switch (side) {
            case LEFT -> !xDrawable || x < xa.min();
            case RIGHT -> xDrawable && x > xa.max();
            case BELOW -> xInside && low < ya.min(); // a log axis has min > 0, so values ≤ 0 are below it
            case ABOVE -> xInside && DataRange.drawable(high, ya.scale()) && high > ya.max();
        };
    }

    private static String noteText(String name, Side side, String counted, double firstX, double lastX,
            double extreme, Axis xa, Axis ya) {
        String xs = firstX == lastX ? "x = " + Ticks.formatSignificant(firstX)
                : "x = " + Ticks.formatSignificant(firstX) + " … " + Ticks.formatSignificant(lastX);
        return switch (side) {
            case BELOW -> name + " clipped below " + Ticks.formatSignificant(ya.min()) + " at " + counted
                    + " (" + xs + "; lowest " + Ticks.formatSignificant(extreme) + ")";
            case ABOVE -> name + " clipped above " + Ticks.formatSignificant(ya.max()) + " at " + counted
                    + " (" + xs + "; highest " + Ticks.formatSignificant(extreme) + ")";
            case LEFT -> name + ": " + counted + " left of the x range (x < "
                    + Ticks.formatSignificant(xa.min()) + "; " + xs + ") not shown";
            case RIGHT -> name + ": " + counted + " right of the x range (x > "
                    + Ticks.formatSignificant(xa.max()) + "; " + xs + ") not shown";
        };
    }

    private void drawMarks(Plot plot, String name, Side side, double[] x, List<int[]> runs, Rgba colour) {
        if (side == Side.LEFT || side == Side.RIGHT) {
            double px = side == Side.LEFT ? plot.left() + 2 : plot.right() - 2;
            polygon(Role.CLIP_MARK, name, triangle(px, plot.top() + plot.height() / 2, 4.5, side), colour, null, -1);
            return;
        }
        List<double[]> spans = new ArrayList<>();
        for (int[] run : runs) {
            double a = plot.px(x[run[0]]);
            double b = plot.px(x[run[1]]);
            spans.add(new double[] {Math.min(a, b), Math.max(a, b)});
        }
        double gap = MERGE_GAP;
        List<double[]> merged = merge(spans, gap);
        while (merged.size() > MAX_MARKS) {
            gap *= 2;
            merged = merge(spans, gap);
        }
        boolean below = side == Side.BELOW;
        double edge = below ? plot.bottom() - 1.5 : plot.top() + 1.5;
        Stroke bar = Stroke.solid(colour, 3);
        for (double[] span : merged) {
            double a = Math.max(plot.left(), span[0]);
            double b = Math.min(plot.right(), span[1]);
            if (b - a >= 1) {
                line(Role.CLIP_MARK, name, new double[] {a, edge, b, edge}, bar, -1);
            }
            double cx = (a + b) / 2;
            double tipY = below ? plot.bottom() - 2 : plot.top() + 2;
            polygon(Role.CLIP_MARK, name, triangle(cx, tipY, 4.5, side), colour, null, -1);
        }
    }

    /** Spans sorted by start, joined when closer than {@code gap}. */
    private static List<double[]> merge(List<double[]> spans, double gap) {
        List<double[]> sorted = new ArrayList<>(spans);
        sorted.sort((p, q) -> Double.compare(p[0], q[0]));
        List<double[]> out = new ArrayList<>();
        for (double[] s : sorted) {
            if (!out.isEmpty() && s[0] - out.get(out.size() - 1)[1] < gap) {
                double[] lastSpan = out.get(out.size() - 1);
                lastSpan[1] = Math.max(lastSpan[1], s[1]);
            } else {
                out.add(new double[] {s[0], s[1]});
            }
        }
        return out;
    }

    /** A triangle whose tip is at (tx, ty), pointing outwards of the plot on {@code side}, of half-width {@code s}. */
    private static double[] triangle(double tx, double ty, double s, Side side) {
        double depth = 1.6 * s;
        return switch (side) {
            case BELOW -> new double[] {tx - s, ty - depth, tx + s, ty - depth, tx, ty};
            case ABOVE -> new double[] {tx - s, ty + depth, tx + s, ty + depth, tx, ty};
            case LEFT -> new double[] {tx + depth, ty - s, tx + depth, ty + s, tx, ty};
            case RIGHT -> new double[] {tx - depth, ty - s, tx - depth, ty + s, tx, ty};
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // legends and insets

    /** Top-left corner {x, y, w, h} of a box of size w × h in a corner of the plot, {@code pad} px from its edges. */
    private static double[] place(Plot plot, Corner corner, double w, double h, double pad, Occupancy occupancy) {
        Corner chosen = corner;
        if (corner == Corner.BEST) {
            int best = Integer.MAX_VALUE;
            for (Corner c : new Corner[] {Corner.UPPER_RIGHT, Corner.UPPER_LEFT, Corner.LOWER_RIGHT,
                Corner.LOWER_LEFT}) {
                double[] box = corner(plot, c, w, h, pad);
                int covered = occupancy.count(box[0], box[1], w, h);
                if (covered < best) {
                    best = covered;
                    chosen = c;
                }
            }
        }
        return corner(plot, chosen, w, h, pad);
    }

    private static double[] corner(Plot plot, Corner c, double w, double h, double pad) {
        boolean leftSide = c == Corner.UPPER_LEFT || c == Corner.LOWER_LEFT;
        boolean upper = c == Corner.UPPER_LEFT || c == Corner.UPPER_RIGHT;
        double x = leftSide ? plot.left() + pad : plot.right() - pad - w;
        double y = upper ? plot.top() + pad : plot.bottom() - pad - h;
        return new double[] {x, y, w, h};
    }

    private void insideLegend(Plot plot, Legend legend, Typography t, Occupancy occupancy) {
        double size = t.legend();
        double lineHeight = 1.35 * size;
        double padding = 6;
        double maxText = Math.max(40, 0.6 * plot.width() - SWATCH_WIDTH - 3 * padding);
        List<List<String>> labels = new ArrayList<>();
        double textWidth = 0;
        int lines = 0;
        for (LegendEntry e : legend.entries()) {
            List<String> wrapped = wrap(e.label(), size, FontWeight.NORMAL, maxText);
            labels.add(wrapped);
            lines += wrapped.size();
            for (String s : wrapped) {
                textWidth = Math.max(textWidth, TextMetrics.width(s, size, FontWeight.NORMAL));
            }
        }
        double w = padding + SWATCH_WIDTH + padding + textWidth + padding;
        double h = 2 * padding + lines * lineHeight;
        Corner corner = switch (legend.position()) {
            case UPPER_LEFT -> Corner.UPPER_LEFT;
            case UPPER_RIGHT -> Corner.UPPER_RIGHT;
            case LOWER_LEFT -> Corner.LOWER_LEFT;
            case LOWER_RIGHT -> Corner.LOWER_RIGHT;
            default -> Corner.BEST;
        };
        double[] box = place(plot, corner, w, h, 6, occupancy);
        polygon(Role.LEGEND_FRAME, "", rect(box[0], box[1], w, h), Rgba.WHITE.withAlpha(0.9), FRAME_STROKE, -1);
        double y = box[1] + padding;
        for (int i = 0; i < labels.size(); i++) {
            entry(legend.entries().get(i), labels.get(i), box[0] + padding, y, size, lineHeight);
            y += labels.get(i).size() * lineHeight;
        }
    }

    /** Draws one entry: swatch at (x, top) centred on the first line, label lines after it. */
    private void entry(LegendEntry e, List<String> lines, double x, double top, double size, double lineHeight) {
        double cy = top + lineHeight / 2;
        if (e.fill() != null) {
            polygon(Role.LEGEND_SWATCH, "", rect(x, cy - SWATCH_HEIGHT / 2, SWATCH_WIDTH, SWATCH_HEIGHT), e.fill(),
                    null, -1);
        }
        if (e.line() != null) {
            line(Role.LEGEND_SWATCH, "", new double[] {x, cy, x + SWATCH_WIDTH, cy}, e.line(), -1);
        }
        double baseline = cy + TextMetrics.capHeight(size) / 2;
        for (String line : lines) {
            text(Role.LEGEND_LABEL, x + SWATCH_WIDTH + 6, baseline, line, size, FontWeight.NORMAL, Anchor.START, 0,
                    Palette.INK);
            baseline += lineHeight;
        }
    }

    /**
     * Entries flowing in rows, left-aligned in a block centred on the width: which entries on which row, their wrapped
     * labels, the total height.
     */
    private record FlowLayout(List<List<Integer>> rows, List<List<String>> labels, List<Double> widths,
            List<LegendEntry> entries, double lineHeight, double height) {
    }

    private static final double FLOW_GAP = 18;

    private static FlowLayout flowLayout(List<LegendEntry> entries, double width, Typography t) {
        double size = t.legend();
        double lineHeight = 1.35 * size;
        double maxText = Math.max(40, width - SWATCH_WIDTH - 6);
        List<List<String>> labels = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (LegendEntry e : entries) {
            List<String> wrapped = wrap(e.label(), size, FontWeight.NORMAL, maxText);
            labels.add(wrapped);
            double tw = 0;
            for (String s : wrapped) {
                tw = Math.max(tw, TextMetrics.width(s, size, FontWeight.NORMAL));
            }
            widths.add(SWATCH_WIDTH + 6 + tw);
        }
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double used = 0;
        double height = 6;
        int rowLines = 0;
        for (int i = 0; i < entries.size(); i++) {
            double need = (row.isEmpty() ? 0 : FLOW_GAP) + widths.get(i);
            if (!row.isEmpty() && used + need > width) {
                rows.add(row);
                height += rowLines * lineHeight + 2;
                row = new ArrayList<>();
                used = 0;
                rowLines = 0;
                need = widths.get(i);
            }
            row.add(i);
            used += need;
            rowLines = Math.max(rowLines, labels.get(i).size());
        }
        if (!row.isEmpty()) {
            rows.add(row);
            height += rowLines * lineHeight + 2;
        }
        return new FlowLayout(rows, labels, widths, entries, lineHeight, height + 4);
    }

    private void drawFlow(FlowLayout layout, double left, double top, double width, Typography t) {
        double block = 0;
        for (List<Integer> row : layout.rows()) {
            double rowWidth = -FLOW_GAP;
            for (int i : row) {
                rowWidth += FLOW_GAP + layout.widths().get(i);
            }
            block = Math.max(block, rowWidth);
        }
        double y = top + 6;
        for (List<Integer> row : layout.rows()) {
            int rowLines = 0;
            for (int i : row) {
                rowLines = Math.max(rowLines, layout.labels().get(i).size());
            }
            double x = left + Math.max(0, (width - block) / 2);
            for (int i : row) {
                entry(layout.entries().get(i), layout.labels().get(i), x, y, t.legend(), layout.lineHeight());
                x += layout.widths().get(i) + FLOW_GAP;
            }
            y += rowLines * layout.lineHeight() + 2;
        }
    }

    /** Greedy word wrap to {@code width} px; a word wider than the width gets a line of its own. */
    static List<String> wrap(String text, double size, FontWeight weight, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && TextMetrics.width(candidate, size, weight) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // primitives

    private void line(Role role, String name, double[] points, Stroke stroke, int clip) {
        primitives.add(new Polyline(role, group, name, round(points, 2), stroke, clip));
    }

    private void polygon(Role role, String name, double[] points, Rgba fill, Stroke outline, int clip) {
        primitives.add(new Polygon(role, group, name, round(points, 3), fill, outline, clip));
    }

    private void text(Role role, double x, double y, String text, double size, FontWeight weight, Anchor anchor,
            double rotation, Rgba colour) {
        primitives.add(new Text(role, group, r(x), r(y), text, size, weight, anchor, rotation, colour));
    }

    private static double[] rect(double x, double y, double w, double h) {
        return new double[] {x, y, x + w, y, x + w, y + h, x, y + h};
    }

    /** Rounds to 0.1 px. */
    static double r(double v) {
        return Math.rint(v * 10) / 10;
    }

    /**
     * Rounds the points to 0.1 px and drops a point equal to the one before it after rounding, as long as at least
     * {@code keep} points remain.
     */
    static double[] round(double[] points, int keep) {
        int n = points.length / 2;
        double[] out = new double[points.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double x = r(points[2 * i]);
            double y = r(points[2 * i + 1]);
            if (m > 0 && x == out[2 * m - 2] && y == out[2 * m - 1] && n - (i - m) > keep) {
                continue;
            }
            out[2 * m] = x;
            out[2 * m + 1] = y;
            m++;
        }
        return m == n ? out : java.util.Arrays.copyOf(out, 2 * m);
    }
}
