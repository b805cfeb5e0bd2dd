package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.figure.DisplayList.ClipRect;
import io.lrpg.report.figure.Primitive.Polygon;
import io.lrpg.report.figure.Primitive.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where things go: legends inside the plot, grids of panels, notes. */
class LayoutTest {

    private static final Stroke LINE = Stroke.solid(Rgba.BLACK, 1.5);

    private static double[] bounds(double[] points) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < points.length; i += 2) {
            b[0] = Math.min(b[0], points[i]);
            b[1] = Math.min(b[1], points[i + 1]);
            b[2] = Math.max(b[2], points[i]);
            b[3] = Math.max(b[3], points[i + 1]);
        }
        return b;
    }

    /**
     * A line at y = 95 of 0–100 (about 19 px below the top of a 380 px plot, inside a one-entry legend box 6–33 px
     * from the top) across the right half: the best corner is then the upper left (the next in order).
     */
    @Test
    void theBestLegendCornerAvoidsTheData() {
        Series s = new Series("s", new double[] {50, 100}, new double[] {95, 95}, LINE);
        Legend legend = new Legend(LegendPosition.BEST, List.of(new LegendEntry("a line", LINE, null)));
        Panel p = Panel.of("", Axis.linear("x", 0, 100), Axis.linear("y", 0, 100)).withSeries(List.of(s))
                .withLegend(legend);
        DisplayList list = FigureCompiler.compile(Figure.row(List.of(p)));
        ClipRect plot = list.clips().get(0);
        double[] box = bounds(((Polygon) list.withRole(Role.LEGEND_FRAME).get(0)).points());
        assertTrue(box[2] < plot.x() + plot.width() / 2, "legend in the left half");
        assertTrue(box[3] < plot.y() + plot.height() / 2, "legend in the upper half");
        // with the line in the upper left instead, the upper right is free and comes first
        Series left = new Series("s", new double[] {0, 50}, new double[] {95, 95}, LINE);
        list = FigureCompiler.compile(Figure.row(List.of(p.withSeries(List.of(left)))));
        box = bounds(((Polygon) list.withRole(Role.LEGEND_FRAME).get(0)).points());
        assertTrue(box[0] > plot.x() + plot.width() / 2, "legend in the right half");
        assertEquals("a line", ((Text) list.withRole(Role.LEGEND_LABEL).get(0)).text());
    }

    @Test
    void panelsFillAGridRowByRow() {
        Panel p = Panel.of("", Axis.linear("x", 0, 1), Axis.linear("y", 0, 1));
        Figure f = new Figure(List.of(p, p, p), 2, 400, 300, null, List.of(), Typography.DEFAULT);
        DisplayList list = FigureCompiler.compile(f);
        assertEquals(800, list.width());
        assertEquals(600, list.height());
        List<ClipRect> plots = list.clips();
        assertEquals(3, plots.size());
        assertEquals(plots.get(0).y(), plots.get(1).y(), 0);
        assertEquals(plots.get(0).x() + 400, plots.get(1).x(), 0);
        assertEquals(plots.get(0).x(), plots.get(2).x(), 0);
        assertEquals(plots.get(0).y() + 300, plots.get(2).y(), 0);
    }

    @Test
    void notesAndFootnotesAreWrittenWhereAsked() {
        Panel p = Panel.of("", Axis.linear("x", 0, 1), Axis.linear("y", 0, 1))
                .withNotes(List.of(new Note("n = 100 runs", 1, 0, Anchor.END)));
        String footnote = "A long footnote. ".repeat(20).trim();
        DisplayList list = FigureCompiler.compile(Figure.row(List.of(p)).withFootnotes(List.of(footnote)));
        Text note = (Text) list.withRole(Role.NOTE).get(0);
        ClipRect plot = list.clips().get(0);
        assertEquals("n = 100 runs", note.text());
        assertEquals(Anchor.END, note.anchor());
        assertEquals(plot.x() + plot.width(), note.x(), 0.05);
        assertEquals(plot.y() + plot.height(), note.y(), 0.05);
        // the footnote is wrapped to the figure's width, every word kept in order
        List<String> lines = list.withRole(Role.FOOTNOTE).stream().map(t -> ((Text) t).text()).toList();
        assertTrue(lines.size() >= 2, lines.toString());
        assertEquals(footnote, String.join(" ", lines));
        for (String line : lines) {
            assertTrue(TextMetrics.width(line, Typography.DEFAULT.note(), FontWeight.NORMAL) <= list.width() - 32);
        }
    }

    @Test
    void textWidthsAreDejaVuSansAdvances() {
        // "0" is 1303/2048 em, "W" 2025/2048 em, a thin space 409/2048 em (DejaVu Sans 2.37)
        assertEquals(11 * 1303 / 2048.0, TextMetrics.width("0", 11, FontWeight.NORMAL), 1e-12);
        assertEquals(11 * (2 * 1303 + 409) / 2048.0, TextMetrics.width("1\u20090", 11, FontWeight.NORMAL), 1e-12);
        assertEquals(14 * 2259 / 2048.0, TextMetrics.width("W", 14, FontWeight.BOLD), 1e-12);
    }
}
