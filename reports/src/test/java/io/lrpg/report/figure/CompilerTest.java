package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.figure.DisplayList.ClipRect;
import io.lrpg.report.figure.Primitive.Polygon;
import io.lrpg.report.figure.Primitive.Polyline;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compiled geometry: data mapped into the plot area (the clip rectangle), each pixel column's extremes present
 * as vertices. Pixel positions are recomputed here from the axes and the plot rectangle.
 */
class CompilerTest {

    private static final int N = 30_000;

    private final Curve curve = TestCurves.noisy(1, N, 11).get(0);
    private final Panel panel = Panel.of("", Axis.linear("x", 0, N), Axis.linear("y", 0, 100))
            .withBands(List.of(new Band("b", curve.x(), curve.lower(), curve.upper(), Rgba.BLACK.withAlpha(0.2))))
            .withSeries(List.of(new Series("s", curve.x(), curve.centre(), Stroke.solid(Rgba.BLACK, 1))));
    private final DisplayList list = FigureCompiler.compile(Figure.row(List.of(panel)));
    private final ClipRect plot = list.clips().get(0);

    private double px(double x) {
        return plot.x() + panel.x().fraction(x) * plot.width();
    }

    private double py(double y) {
        return plot.y() + plot.height() - panel.y().fraction(y) * plot.height();
    }

    private static Set<String> vertices(double[] points) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < points.length; i += 2) {
            out.add(points[i] + "," + points[i + 1]);
        }
        return out;
    }

    /** For each pixel column, the index of the largest (sign = 1) or smallest (sign = −1) value. */
    private int[] extremePerColumn(double[] values, int sign) {
        int columns = (int) Math.ceil(plot.width()) + 1;
        int[] best = new int[columns];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < N; i++) {
            int c = (int) Math.floor(px(curve.x()[i]) - plot.x());
            if (best[c] < 0 || sign * values[i] > sign * values[best[c]]) {
                best[c] = i;
            }
        }
        return best;
    }

    @Test
    void theBandPolygonReachesEachColumnsHighestUpperAndLowestLowerBound() {
        List<Primitive> bands = list.withRole(Role.BAND);
        assertEquals(1, bands.size());
        Set<String> v = vertices(((Polygon) bands.get(0)).points());
        int checked = 0;
        for (int i : extremePerColumn(curve.upper(), 1)) {
            if (i >= 0) {
                assertTrue(v.contains(FigureCompiler.r(px(curve.x()[i])) + "," + FigureCompiler.r(py(curve.upper()[i]))),
                        "highest upper bound of the column of episode " + i);
                checked++;
            }
        }
        for (int i : extremePerColumn(curve.lower(), -1)) {
            if (i >= 0) {
                assertTrue(v.contains(FigureCompiler.r(px(curve.x()[i])) + "," + FigureCompiler.r(py(curve.lower()[i]))),
                        "lowest lower bound of the column of episode " + i);
            }
        }
        assertTrue(checked > 400, "columns checked: " + checked);
        // one vertex per column and edge, plus the ends
        assertTrue(v.size() <= 2 * (checked + 2), "band vertices: " + v.size());
    }

    @Test
    void theSeriesPolylineHoldsEachColumnsLowestAndHighestPoint() {
        List<Primitive> series = list.withRole(Role.SERIES);
        assertEquals(1, series.size());
        double[] points = ((Polyline) series.get(0)).points();
        Set<String> v = vertices(points);
        for (int sign : new int[] {1, -1}) {
            for (int i : extremePerColumn(curve.centre(), sign)) {
                if (i >= 0) {
                    assertTrue(v.contains(FigureCompiler.r(px(curve.x()[i])) + ","
                            + FigureCompiler.r(py(curve.centre()[i]))), "extreme of the column of episode " + i);
                }
            }
        }
        // the line starts at episode 0 and ends at the last episode
        assertEquals(FigureCompiler.r(px(0)), points[0], 0);
        assertEquals(FigureCompiler.r(px(N - 1)), points[points.length - 2], 0);
    }
}
