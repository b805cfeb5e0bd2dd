package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Heatmaps: cells as bands, colours from the ramp, labels, the frame of a marked cell, and both renderers. */
class HeatmapsTest {

    private static HeatmapPanel panel(Scale scale, List<int[]> marked) {
        double[][] values = {{1, 10, Double.NaN}, {100, 1000, 10}};
        return new HeatmapPanel("Parameters", "rank", List.of("1", "2", "4"), "grid", List.of("4x4", "10x10"), values,
                null, scale, marked, "frame: the paper's setting");
    }

    @Test
    void theRampRunsFromItsFirstToItsLastStop() {
        assertEquals(Heatmaps.RAMP.get(0), Heatmaps.colour(0));
        assertEquals(Heatmaps.RAMP.get(4), Heatmaps.colour(1));
        assertEquals(Heatmaps.RAMP.get(2), Heatmaps.colour(0.5));
        Rgba a = Heatmaps.RAMP.get(0);
        Rgba b = Heatmaps.RAMP.get(1);
        assertEquals(Rgba.rgb((a.red() + b.red() + 1) / 2, (a.green() + b.green() + 1) / 2,
                (a.blue() + b.blue() + 1) / 2), Heatmaps.colour(0.125), "halfway between the first two stops");
        assertEquals(Heatmaps.RAMP.get(0), Heatmaps.colour(-3), "clamped");
    }

    @Test
    void cellsAreBandsColouredOnTheScaleWithTheirValuesAndTheMarkedCellFramed() {
        Figure f = Heatmaps.figure(List.of(panel(Scale.LOG10, List.of(new int[] {1, 0}))), 1, 450, 400, List.of());
        Panel p = f.panels().get(0);
        assertEquals(6, p.bands().size());
        // log scale over 1 … 1000: 10 sits at a third, 100 at two thirds
        Band ten = p.bands().stream().filter(b -> b.name().equals("cell 0,1")).findFirst().orElseThrow();
        assertEquals(Heatmaps.colour(1.0 / 3), ten.fill());
        assertEquals(1.5, ten.x()[1], 0);
        assertEquals(-0.5, ten.lower()[0], 0);
        Band missing = p.bands().stream().filter(b -> b.name().equals("cell 0,2")).findFirst().orElseThrow();
        assertEquals(Heatmaps.MISSING, missing.fill());
        assertEquals(List.of("1", "10", "–", "100", "1\u2009000", "10"), p.notes().stream().map(Note::text).toList());
        assertEquals(4, p.series().size(), "four sides of the frame");
        assertTrue(p.series().stream().allMatch(s -> s.name().startsWith("mark 1,0")));
        assertEquals(List.of("4x4", "10x10"), p.y().ticks().stream().map(Tick::label).toList());
        List<String> key = p.legend().entries().stream().map(LegendEntry::label).toList();
        assertEquals(List.of("1", "5.62", "31.6", "178", "1\u2009000", "frame: the paper's setting"), key);
        Figure linear = Heatmaps.figure(List.of(panel(Scale.LINEAR, List.of())), 1, 450, 400, List.of());
        assertEquals(Heatmaps.colour(10 / 999.0 * 9 / 9), linear.panels().get(0).bands().get(5).fill(),
                "value 10 on 1 … 1000, linear: t = 9/999");
        assertTrue(linear.panels().get(0).series().isEmpty());
    }

    @Test
    void invalidGridsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HeatmapPanel("t", "x", List.of("a"), "y", List.of("b"),
                new double[][] {{1, 2}}, null, Scale.LINEAR, List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapPanel("t", "x", List.of("a"), "y", List.of("b"),
                new double[][] {{0}}, null, Scale.LOG10, List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapPanel("t", "x", List.of("a"), "y", List.of("b"),
                new double[][] {{1}}, null, Scale.LINEAR, List.of(new int[] {0, 1}), ""));
    }

    @Test
    void bothFilesAreWrittenAndTheSvgHasTheCellsAndNoClipping(@TempDir Path folder) throws Exception {
        List<Path> files = Heatmaps.write(folder, "h", List.of(panel(Scale.LOG10, List.of(new int[] {0, 0})),
                panel(Scale.LINEAR, List.of())), 2, 450, 400, List.of("a footnote"));
        assertEquals(List.of(folder.resolve("h.svg"), folder.resolve("h.png")), files);
        assertTrue(Files.size(folder.resolve("h.png")) > 0);
        SvgDocument svg = SvgDocument.read(folder.resolve("h.svg"));
        assertEquals(12, svg.withClass("band").size());
        assertTrue(svg.withClass("clip-mark").isEmpty(), "the frame lies inside the plot");
        for (Element e : svg.withClass("series")) {
            assertEquals("#000000", e.getAttribute("stroke"));
        }
        assertEquals(List.of("a footnote"), svg.texts("footnote"));
    }
}
