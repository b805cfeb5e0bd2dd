package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Goddard's long axis: an inset of the first episodes, or a log x axis. */
class ZoomTest {

    private static SvgDocument svg(Zoom zoom, Style style) throws Exception {
        List<Curve> curves = TestCurves.noisy(2, 30_000, 5);
        CurveOptions options = style == Style.PAPER ? CurveOptions.paper() : CurveOptions.clean(XUnit.EPISODES);
        Figure figure = LearningCurves.figure(List.of(new CurvePanel("Goddard rocket", new double[] {0, 100}, zoom,
                curves)), options);
        return SvgDocument.parse(SvgRenderer.toSvg(FigureCompiler.compile(figure)));
    }

    @Test
    void anInsetShowsTheFirstEpisodesWhenAsked() throws Exception {
        SvgDocument doc = svg(Zoom.inset(6000), Style.CLEAN);
        Element inset = doc.group("panel-0-inset");
        assertNotNull(inset, "inset group");
        SvgDocument.list(inset.getElementsByTagNameNS(SvgDocument.SVG_NS, "text")).stream()
                .filter(e -> e.getAttribute("class").equals("title"))
                .forEach(e -> assertEquals("first 6\u2009000 episodes", e.getTextContent()));
        List<Element> series = SvgDocument.list(inset.getElementsByTagNameNS(SvgDocument.SVG_NS, "polyline")).stream()
                .filter(e -> e.getAttribute("class").equals("series")).toList();
        assertEquals(2, series.size());
        List<String> xLabels = SvgDocument.list(inset.getElementsByTagNameNS(SvgDocument.SVG_NS, "text")).stream()
                .filter(e -> e.getAttribute("class").equals("tick-label")).map(Element::getTextContent).toList();
        assertTrue(xLabels.contains("6\u2009000"), xLabels.toString());
        assertTrue(!xLabels.contains("30\u2009000"), xLabels.toString());
        // its box lies inside the main plot area
        Element frame = SvgDocument.list(inset.getElementsByTagNameNS(SvgDocument.SVG_NS, "polygon")).get(0);
        assertEquals("inset-frame", frame.getAttribute("class"));
        Element mainClip = (Element) doc.elements("clipPath").get(0).getElementsByTagNameNS(SvgDocument.SVG_NS,
                "rect").item(0);
        double left = Double.parseDouble(mainClip.getAttribute("x"));
        double top = Double.parseDouble(mainClip.getAttribute("y"));
        double right = left + Double.parseDouble(mainClip.getAttribute("width"));
        double bottom = top + Double.parseDouble(mainClip.getAttribute("height"));
        double[] p = SvgDocument.points(frame);
        for (int i = 0; i < p.length; i += 2) {
            assertTrue(p[i] > left && p[i] < right && p[i + 1] > top && p[i + 1] < bottom, "inset corner inside");
        }
    }

    @Test
    void noInsetUnlessAsked() throws Exception {
        assertNull(svg(Zoom.none(), Style.CLEAN).group("panel-0-inset"));
        assertNull(svg(Zoom.none(), Style.PAPER).group("panel-0-inset"));
        assertNotNull(svg(Zoom.inset(6000), Style.PAPER).group("panel-0-inset"));
    }

    @Test
    void aLogAxisIsLabelledInPowersOfTenAndNotesEpisodeZero() throws Exception {
        SvgDocument doc = svg(Zoom.logX(), Style.CLEAN);
        List<String> ticks = doc.texts("tick-label");
        for (String power : List.of("10⁰", "10¹", "10²", "10³", "10⁴")) {
            assertTrue(ticks.contains(power), ticks.toString());
        }
        assertEquals("Episode (log scale)", doc.texts("axis-label").get(0));
        // x = 0 (episode index 0) cannot be drawn on a log axis: noted, not hidden
        List<String> notes = doc.texts("clip-note");
        assertTrue(notes.contains("curve 0: 1 of 30\u2009000 episodes left of the x range (x < 1; x = 0) not shown"),
                notes.toString());
    }
}
