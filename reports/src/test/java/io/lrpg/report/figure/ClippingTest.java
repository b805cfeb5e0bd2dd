package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The paper style clips to its fixed ranges and marks it; the clean style's ranges hold all data. */
class ClippingTest {

    /**
     * A 1 000-episode curve inside 0–100 whose band's lower bound is −20 + e for episodes e = 0 … 12 (below 0 exactly
     * at those 13 episodes, lowest −20) and centre − 5 elsewhere.
     */
    private static Curve dippingBand() {
        int n = 1000;
        double[] x = TestCurves.episodes(n);
        double[] centre = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int e = 0; e < n; e++) {
            centre[e] = 20 + 60.0 * e / n;
            lower[e] = e <= 12 ? -20 + e : centre[e] - 5;
            upper[e] = centre[e] + 5;
        }
        return Curve.of("low-rank (LRPG)", "low-rank (LRPG) — median of 10 runs; band: 25–75 % of runs",
                Palette.LOW_RANK, x, centre, lower, upper);
    }

    private static SvgDocument svg(Figure figure) throws Exception {
        return SvgDocument.parse(SvgRenderer.toSvg(FigureCompiler.compile(figure)));
    }

    @Test
    void paperStyleMarksAndNotesABandBelowTheFixedRange() throws Exception {
        Figure figure = LearningCurves.figure(List.of(CurvePanel.of("Acrobot", new double[] {0, 100},
                List.of(dippingBand()))), CurveOptions.paper());
        SvgDocument doc = svg(figure);
        List<String> notes = doc.texts("clip-note");
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("low-rank (LRPG) band clipped below 0 at 13 of 1\u2009000 episodes (x = 0 … 12; lowest \u221220)",
                notes.get(0));
        List<Element> marks = doc.withClass("clip-mark");
        assertTrue(marks.stream().anyMatch(e -> "low-rank (LRPG) band".equals(e.getAttribute("data-name"))),
                "a mark in the plot, named after the band");
        // the mark in the plot sits at the bottom edge over episodes 0–12: x within the first 2 % of the plot width
        Element clip = doc.elements("clipPath").get(0);
        Element rect = (Element) clip.getElementsByTagNameNS(SvgDocument.SVG_NS, "rect")
                .item(0);
        double left = Double.parseDouble(rect.getAttribute("x"));
        double width = Double.parseDouble(rect.getAttribute("width"));
        double bottom = Double.parseDouble(rect.getAttribute("y")) + Double.parseDouble(rect.getAttribute("height"));
        for (Element mark : marks) {
            if (!"low-rank (LRPG) band".equals(mark.getAttribute("data-name"))) {
                continue;
            }
            double[] p = SvgDocument.points(mark);
            for (int i = 0; i < p.length; i += 2) {
                assertTrue(p[i] >= left - 5 && p[i] <= left + 0.02 * width + 5, "mark x " + p[i]);
                assertTrue(p[i + 1] >= bottom - 10 && p[i + 1] <= bottom, "mark y " + p[i + 1]);
            }
        }
    }

    @Test
    void cleanStyleTakesItsRangeFromTheDataAndMarksNothing() throws Exception {
        Figure figure = LearningCurves.figure(List.of(CurvePanel.of("Acrobot", new double[] {0, 100},
                List.of(dippingBand()))), CurveOptions.clean(XUnit.EPISODES));
        Axis y = figure.panels().get(0).y();
        // data from −20 (band) to 84.94 (band upper at episode 999: 20 + 59.94 + 5), plus 4 % of the span each side
        double span = 84.94 - (-20);
        assertEquals(-20 - 0.04 * span, y.min(), 1e-9);
        assertEquals(84.94 + 0.04 * span, y.max(), 1e-9);
        SvgDocument doc = svg(figure);
        assertTrue(doc.withClass("clip-mark").isEmpty());
        assertTrue(doc.texts("clip-note").isEmpty());
        // the lowest tick label is −20, the highest 80
        List<String> ticks = doc.texts("tick-label");
        assertTrue(ticks.contains("\u221220"), ticks.toString());
        assertTrue(ticks.contains("80"), ticks.toString());
    }

    @Test
    void aSeriesAboveTheRangeAndPointsBeyondTheXRangeAreNoted() throws Exception {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {10, 120, 130, 10, 10, 10};
        Series s = new Series("spiky", x, y, Stroke.solid(Palette.NETWORK, 1));
        Series wide = new Series("wide", new double[] {0, 2, 4, 6, 8}, new double[] {5, 5, 5, 5, 5},
                Stroke.solid(Palette.LOW_RANK, 1));
        Panel p = Panel.of("p", Axis.linear("x", 0, 5), Axis.linear("y", 0, 100)).withSeries(List.of(s, wide))
                .withPointNoun("episodes");
        SvgDocument doc = svg(Figure.row(List.of(p)));
        assertEquals(List.of("spiky clipped above 100 at 2 of 6 episodes (x = 1 … 2; highest 130)",
                "wide: 2 of 5 episodes right of the x range (x > 5; x = 6 … 8) not shown"), doc.texts("clip-note"));
        assertEquals(Set.of("spiky", "wide", ""), doc.names("clip-mark"));
    }

    @Test
    void aLogAxisCountsValuesAtOrBelowZeroAsBelowTheRange() throws Exception {
        Series s = new Series("s", new double[] {1, 2, 3}, new double[] {0, 10, 100}, Stroke.solid(Rgba.BLACK, 1));
        Panel p = Panel.of("", Axis.linear("x", 1, 3), Axis.log10("y", 1, 1000)).withSeries(List.of(s));
        assertEquals(List.of("s clipped below 1 at 1 of 3 points (x = 1; lowest 0)"), svg(Figure.row(List.of(p)))
                .texts("clip-note"));
    }

    @Test
    void aReferenceLineOutsideTheRangeIsNotedNotDrawn() throws Exception {
        ReferenceLine inside = new ReferenceLine(Orientation.HORIZONTAL, 90, new Stroke(Rgba.BLACK, 1, Dash.DOTTED),
                "90");
        ReferenceLine outside = new ReferenceLine(Orientation.VERTICAL, 1500, Stroke.solid(Rgba.BLACK, 1), "");
        Panel p = Panel.of("", Axis.linear("x", 0, 1000), Axis.linear("y", 0, 100))
                .withReferences(List.of(inside, outside));
        SvgDocument doc = svg(Figure.row(List.of(p)));
        assertEquals(1, doc.withClass("reference").size());
        assertEquals(List.of("reference line x = 1\u2009500 lies outside the axis range and is not drawn"),
                doc.texts("clip-note"));
    }
}
