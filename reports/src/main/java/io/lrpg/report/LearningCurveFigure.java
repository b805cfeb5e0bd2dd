package io.lrpg.report;

import io.lrpg.results.AtomicFiles;
import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The paper's figure 1: one panel per environment with, per model, the median return across runs (line) and the
 * 25th–75th percentile band (shaded), lowrank green and nn red, on the paper's y-ranges. Drawn headless with XChart.
 *
 * <p>For goddard, as in the paper's {@code 4_plot.py}, only the drawn band is widened: running maximum of the 75th
 * and running minimum of the 25th percentile over a {@value #GODDARD_BAND_WINDOW}-episode window (episodes
 * e − 10 … e + 9, cut at the ends, which equals edge padding for a maximum or minimum). The median and every
 * statistic use the raw percentiles.
 *
 * <p>Writes one PNG and one SVG per panel ({@code figure-<environment>.png/svg}) and the panels side by side in
 * {@code figure.png} and {@code figure.svg}. Long curves are drawn at every k-th episode so that a series has at
 * most {@value #MAX_POINTS} points (the statistics use every episode).
 */
public final class LearningCurveFigure {

    /** Most points drawn per series. */
    public static final int MAX_POINTS = 1500;
    /** Window of the goddard band widening. */
    public static final int GODDARD_BAND_WINDOW = 20;
    static final int PANEL_WIDTH = 600;
    static final int PANEL_HEIGHT = 450;

    private LearningCurveFigure() {
    }

    /**
     * One curve of a panel: a cell (model and variant) with its bands.
     *
     * @param cell  environment, model and variant
     * @param runs  runs summarized
     * @param bands the per-episode median and quartiles
     */
    public record Series(Cell cell, int runs, EpisodeBands bands) {

        /** The legend entry: the model's readable name, the variant and n. */
        String label() {
            String model = PaperReference.LOWRANK.equals(cell.model()) ? "low-rank (LRPG)"
                    : PaperReference.NN.equals(cell.model()) ? "network (RVFB)" : cell.model();
            return model + ", " + cell.variant() + ", median of n = " + runs;
        }
    }

    /**
     * Writes the figure files into {@code folder} and returns them.
     *
     * @param panels     per environment (in drawing order), the curves to overlay
     * @param paperStyle the paper's layout: its y-ranges and panel letters (only when the inputs are exactly the
     *                   paper's protocol); otherwise the y-range comes from the data
     */
    public static List<Path> write(Path folder, Map<String, List<Series>> panels, boolean paperStyle) {
        List<Path> written = new ArrayList<>();
        List<XYChart> charts = new ArrayList<>();
        for (Map.Entry<String, List<Series>> panel : panels.entrySet()) {
            XYChart chart = panel(panel.getKey(), panel.getValue(), paperStyle);
            charts.add(chart);
            Path png = folder.resolve("figure-" + panel.getKey() + ".png");
            AtomicFiles.writeBinary(png, out -> ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", out));
            written.add(png);
            Path svg = folder.resolve("figure-" + panel.getKey() + ".svg");
            AtomicFiles.writeBinary(svg, out -> writeSvg(List.of(chart), out));
            written.add(svg);
        }
        if (charts.isEmpty()) {
            return written;
        }
        Path png = folder.resolve("figure.png");
        AtomicFiles.writeBinary(png, out -> BitmapEncoder.saveBitmap(charts, 1, charts.size(), out,
                BitmapEncoder.BitmapFormat.PNG));
        written.add(png);
        Path svg = folder.resolve("figure.svg");
        AtomicFiles.writeBinary(svg, out -> writeSvg(charts, out));
        written.add(svg);
        return written;
    }

    /** Draws the charts side by side into one SVG document. */
    private static void writeSvg(List<XYChart> charts, java.io.OutputStream out) throws java.io.IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        for (int i = 0; i < charts.size(); i++) {
            Graphics2D panel = (Graphics2D) g.create();
            panel.translate(i * PANEL_WIDTH, 0);
            charts.get(i).paint(panel, PANEL_WIDTH, PANEL_HEIGHT);
            panel.dispose();
        }
        Document document = new SVGProcessor().getDocument(g.getCommands(),
                new PageSize(0, 0, (double) PANEL_WIDTH * charts.size(), PANEL_HEIGHT));
        document.writeTo(out);
    }

    /** One panel. */
    static XYChart panel(String environment, List<Series> curves, boolean paperStyle) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(paperStyle ? PaperReference.title(environment) : environment)
                .xAxisTitle("Episodes").yAxisTitle("Return").build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideSE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setMarkerSize(0);
        styler.setXAxisTickMarkSpacingHint(120);
        styler.setXAxisDecimalPattern("#,##0");
        styler.setXAxisMin(0.0);
        double[] range = paperStyle ? PaperReference.yRange(environment) : null;
        if (range != null) {
            chart.getStyler().setYAxisMin(range[0]);
            chart.getStyler().setYAxisMax(range[1]);
        }
        int longest = curves.stream().mapToInt(c -> c.bands().episodes()).max().orElse(1);
        double xMax = niceCeiling(longest);
        styler.setXAxisMax(xMax);
        // XChart labels every data x when a series' x values are equally spaced (unreadable for 1,000 episodes);
        // an invisible series with uneven x switches it to its regular numeric ticks.
        double y = range != null ? range[0] : curves.get(0).bands().median()[0];
        XYSeries axis = chart.addSeries(" ", new double[] {0, 1, xMax}, new double[] {y, y, y});
        axis.setLineColor(new Color(0, 0, 0, 0));
        axis.setMarker(SeriesMarkers.NONE);
        axis.setShowInLegend(false);
        int others = 0;
        for (Series series : curves) {
            EpisodeBands bands = series.bands();
            double[] upper = bands.p75();
            double[] lower = bands.p25();
            if ("goddard".equals(environment)) {
                upper = runningExtreme(upper, GODDARD_BAND_WINDOW, true);
                lower = runningExtreme(lower, GODDARD_BAND_WINDOW, false);
            }
            Color color = color(series.cell(), others);
            if (!isPaperColor(series.cell())) {
                others++;
            }
            int n = bands.episodes();
            int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
            List<Integer> picked = new ArrayList<>();
            for (int e = 0; e < n; e += stride) {
                picked.add(e);
            }
            if (picked.get(picked.size() - 1) != n - 1) {
                picked.add(n - 1);
            }
            int m = picked.size();
            double[] x = new double[m];
            double[] median = new double[m];
            double[] polygonX = new double[2 * m];
            double[] polygonY = new double[2 * m];
            for (int i = 0; i < m; i++) {
                int e = picked.get(i);
                x[i] = e;
                median[i] = bands.median()[e];
                polygonX[i] = e;
                polygonY[i] = upper[e];
                polygonX[2 * m - 1 - i] = e;
                polygonY[2 * m - 1 - i] = lower[e];
            }
            XYSeries band = chart.addSeries(series.cell() + " 25–75 %", polygonX, polygonY);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
            band.setLineColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
            XYSeries line = chart.addSeries(series.label(), x, median);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(color);
            line.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * Running maximum (or minimum) over the window [e − w/2, e + w/2 − 1], cut to the episodes that exist.
     */
    static double[] runningExtreme(double[] x, int window, boolean max) {
        double[] out = new double[x.length];
        for (int e = 0; e < x.length; e++) {
            int from = Math.max(0, e - window / 2);
            int to = Math.min(x.length - 1, e + window / 2 - 1);
            double best = x[from];
            for (int i = from + 1; i <= to; i++) {
                best = max ? Math.max(best, x[i]) : Math.min(best, x[i]);
            }
            out[e] = best;
        }
        return out;
    }

    /** The smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k that is at least {@code n}, so that the x-axis ends on a round episode. */
    static double niceCeiling(int n) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, n))));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= n) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static boolean isPaperColor(Cell cell) {
        return cell.isPaper() && (PaperReference.LOWRANK.equals(cell.model()) || PaperReference.NN.equals(cell.model()));
    }

    /** The paper's colours for its two curves (low-rank green, network red); a fixed palette for the others. */
    private static Color color(Cell cell, int otherIndex) {
        if (isPaperColor(cell)) {
            return PaperReference.LOWRANK.equals(cell.model()) ? new Color(0, 128, 0) : new Color(204, 0, 0);
        }
        Color[] others = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(148, 103, 189),
            new Color(140, 86, 75), new Color(227, 119, 194), new Color(23, 190, 207), new Color(127, 127, 127)};
        return others[otherIndex % others.length];
    }
}
