package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Reads the written SVG back with the JDK's XML parser and checks what a reader of the file sees: the series, the
 * legend, the ticks, real text, the size.
 */
class SvgFileTest {

    @TempDir
    Path folder;

    /** One paper-style panel, y range 0–100, six curves of 30 000 episodes with bands. */
    private List<Path> writeSixCurves() {
        List<Curve> curves = TestCurves.noisy(6, 30_000, 42);
        return LearningCurves.write(folder, "six", List.of(CurvePanel.of("Goddard rocket", new double[] {0, 100},
                curves)), CurveOptions.paper());
    }

    @Test
    void writesTheSvgAndPngItReturns() {
        List<Path> written = writeSixCurves();
        assertEquals(List.of(folder.resolve("six.svg"), folder.resolve("six.png")), written);
        assertTrue(Files.isRegularFile(written.get(0)));
        assertTrue(Files.isRegularFile(written.get(1)));
    }

    @Test
    void sixSeriesWithBandsOf30000EpisodesStayUnder300KB() throws Exception {
        Path svg = writeSixCurves().get(0);
        long size = Files.size(svg);
        assertTrue(size <= 300 * 1024, "SVG is " + size + " bytes");
        SvgDocument doc = SvgDocument.read(svg);
        assertEquals(Set.of("curve 0", "curve 1", "curve 2", "curve 3", "curve 4", "curve 5"), doc.names("series"));
        assertEquals(6, doc.names("band").size());
        for (Element e : doc.withClass("series")) {
            assertEquals("polyline", e.getLocalName());
            assertTrue(e.getAttribute("clip-path").startsWith("url(#clip"), "series clipped to the plot area");
        }
        // decimated: far fewer than 6 × 30 000 points, but more than one point per pixel column
        int points = doc.withClass("series").stream().mapToInt(e -> SvgDocument.points(e).length / 2).sum();
        assertTrue(points < 6 * 4 * 600, "points drawn: " + points);
        assertTrue(points > 6 * 400, "points drawn: " + points);
    }

    @Test
    void legendSaysWhatEachLineAndBandIs() throws Exception {
        SvgDocument doc = SvgDocument.read(writeSixCurves().get(0));
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            expected.add("curve " + k + " — median of 100 runs; band: 25–75 % of runs");
        }
        assertEquals(expected, doc.texts("legend-label"));
        // each entry has a band swatch and a line swatch
        assertEquals(6, doc.withClass("legend-swatch").stream().filter(e -> e.getLocalName().equals("polygon"))
                .count());
        assertEquals(6, doc.withClass("legend-swatch").stream().filter(e -> e.getLocalName().equals("polyline"))
                .count());
    }

    @Test
    void ticksAreRoundAndReadable() throws Exception {
        SvgDocument doc = SvgDocument.read(writeSixCurves().get(0));
        List<String> ticks = doc.texts("tick-label");
        // y: 0–100 over a plot about 380 px high; step 10 gives ticks 38 px apart (≥ 30 px), step 5 only 19 px.
        List<String> y = List.of("0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
        // x: 0–30 000 over about 520 px; steps 1 000, 2 000, 2 500 give ticks 17–44 px apart (< 60 px), 5 000 gives
        // about 87 px. Thousands are grouped with a thin space (U+2009).
        List<String> x = List.of("0", "5 000", "10 000", "15 000", "20 000", "25 000", "30 000").stream()
                .map(s -> s.replace(' ', '\u2009')).toList();
        List<String> expected = new ArrayList<>(x);
        expected.addAll(y);
        assertEquals(expected, ticks);
        assertEquals(List.of("Episode", "Return"), doc.texts("axis-label"));
        assertEquals(List.of("(a) Goddard rocket"), doc.texts("title"));
        // the y ticks are evenly spaced and 0 is at the bottom
        List<Element> yLabels = doc.withClass("tick-label").subList(7, 18);
        double first = Double.parseDouble(yLabels.get(0).getAttribute("y"));
        double step = Double.parseDouble(yLabels.get(1).getAttribute("y")) - first;
        assertTrue(step < 0, "0 at the bottom, 100 at the top");
        for (int i = 2; i < yLabels.size(); i++) {
            double yi = Double.parseDouble(yLabels.get(i).getAttribute("y"));
            assertEquals(first + i * step, yi, 0.21, "tick " + i);
        }
    }

    @Test
    void textIsTextNotGlyphOutlines() throws Exception {
        SvgDocument doc = SvgDocument.read(writeSixCurves().get(0));
        assertEquals("DejaVu Sans, Arial, Helvetica, sans-serif", doc.root.getAttribute("font-family"));
        for (String forbidden : List.of("path", "image", "font", "font-face", "style", "use", "symbol")) {
            assertTrue(doc.elements(forbidden).isEmpty(), "no <" + forbidden + "> elements");
        }
        Set<String> tags = doc.drawing().stream().map(Element::getLocalName).collect(Collectors.toSet());
        assertEquals(Set.of("polyline", "polygon", "text"), tags);
        assertFalse(doc.elements("text").isEmpty());
        for (Element text : doc.elements("text")) {
            assertFalse(text.getTextContent().isBlank());
            assertTrue(text.getAttribute("font-size").matches("\\d+(\\.\\d+)?"));
        }
    }

    @Test
    void coordinatesHaveAtMostOneDecimal() throws Exception {
        String svg = Files.readString(writeSixCurves().get(0));
        SvgDocument doc = SvgDocument.parse(svg);
        for (Element e : doc.drawing()) {
            if (!e.getLocalName().equals("text")) {
                for (String pair : e.getAttribute("points").split(" ")) {
                    assertTrue(pair.matches("-?\\d+(\\.\\d)?,-?\\d+(\\.\\d)?"), pair);
                }
            }
        }
    }
}
