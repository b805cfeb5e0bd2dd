package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convenience builders' choices: titles, ranges, colours, legends. */
class BuildersTest {

    private static Curve curve(String name, Rgba colour, double level) {
        double[] x = {0, 499, 999};
        double[] c = {level, level + 1, level + 2};
        return Curve.of(name, name + " — median of 10 runs", colour, x, c, new double[] {level - 1, level, level + 1},
                new double[] {level + 1, level + 2, level + 3});
    }

    @Test
    void paperStyleLettersTitlesAndUsesTheFixedRangeAndARoundEpisodeAxis() {
        Figure f = LearningCurves.figure(List.of(
                CurvePanel.of("Pendulum", new double[] {0, 100}, List.of(curve("a", null, 10))),
                CurvePanel.of("Goddard rocket", new double[] {0.7, 1.25}, List.of(curve("a", null, 1)))),
                CurveOptions.paper());
        assertEquals("(a) Pendulum", f.panels().get(0).title());
        assertEquals("(b) Goddard rocket", f.panels().get(1).title());
        assertEquals(0.7, f.panels().get(1).y().min(), 0);
        assertEquals(1.25, f.panels().get(1).y().max(), 0);
        assertEquals(0, f.panels().get(0).x().min(), 0);
        assertEquals(1000, f.panels().get(0).x().max(), 0);
        assertEquals(2, f.columns());
    }

    @Test
    void eachPanelWrittenAloneKeepsItsLetterColoursAndLegend(@TempDir Path folder) throws Exception {
        List<CurvePanel> panels = List.of(
                CurvePanel.of("Pendulum", new double[] {0, 100}, List.of(curve("a", null, 10))),
                CurvePanel.of("Acrobot", new double[] {0, 100}, List.of(curve("b", null, 10))),
                CurvePanel.of("Goddard rocket", new double[] {0, 100}, List.of(curve("b", null, 10))));
        List<Figure> alone = LearningCurves.panelFigures(panels, CurveOptions.paper());
        assertEquals("(c) Goddard rocket", alone.get(2).panels().get(0).title());
        assertEquals(Rgba.rgb(230, 159, 0), alone.get(2).panels().get(0).series().get(0).stroke().colour(),
                "curve b is the second palette colour, as in the combined figure");
        assertEquals(List.of("b — median of 10 runs"), alone.get(2).legend().entries().stream()
                .map(LegendEntry::label).toList());
        List<Path> written = LearningCurves.writeEach(folder, List.of("p", "a", "g"), panels, CurveOptions.paper());
        assertEquals(6, written.size());
        assertEquals(List.of("(c) Goddard rocket"), SvgDocument.read(folder.resolve("g.svg")).texts("title"));
        assertThrows(IllegalArgumentException.class, () -> LearningCurves.writeEach(folder, List.of("p"), panels,
                CurveOptions.paper()));
    }

    @Test
    void thePaperStyleNeedsTheFixedRange() {
        assertThrows(IllegalArgumentException.class, () -> LearningCurves.figure(List.of(
                CurvePanel.of("Pendulum", null, List.of(curve("a", null, 10)))), CurveOptions.paper()));
    }

    @Test
    void cleanStyleEndsTheAxisOnTheRoundNumberJustAboveTheData() {
        Figure f = LearningCurves.figure(List.of(CurvePanel.of("Pendulum", null, List.of(curve("a", null, 10)))),
                CurveOptions.clean(XUnit.EPISODES));
        assertEquals("Pendulum", f.panels().get(0).title());
        assertEquals(0, f.panels().get(0).x().min(), 0);
        // 999 → 1 000 (within 1 % of the span)
        assertEquals(1000, f.panels().get(0).x().max(), 0);
        assertEquals("Environment steps", LearningCurves.figure(List.of(CurvePanel.of("P", null,
                List.of(curve("a", null, 10)))), CurveOptions.clean(XUnit.ENVIRONMENT_STEPS)).panels().get(0).x()
                .label());
    }

    @Test
    void thePapersModelsKeepTheirColoursAndOthersTakeThePaletteInOrder() {
        Figure f = LearningCurves.figure(List.of(
                CurvePanel.of("P", null, List.of(curve("low-rank", Palette.LOW_RANK, 10),
                        curve("network", Palette.NETWORK, 20), curve("rank 1", null, 30))),
                CurvePanel.of("Q", null, List.of(curve("rank 2", null, 10), curve("rank 1", null, 20)))),
                CurveOptions.clean(XUnit.EPISODES));
        List<Series> p = f.panels().get(0).series();
        assertEquals(Palette.LOW_RANK, p.get(0).stroke().colour());
        assertEquals(Palette.NETWORK, p.get(1).stroke().colour());
        assertEquals(Rgba.rgb(0, 114, 178), p.get(2).stroke().colour());
        List<Series> q = f.panels().get(1).series();
        assertEquals(Rgba.rgb(230, 159, 0), q.get(0).stroke().colour());
        assertEquals(Rgba.rgb(0, 114, 178), q.get(1).stroke().colour(), "same name, same colour in every panel");
    }

    @Test
    void oneLegendWhenEveryEntryHasItsOwnSwatchOtherwiseOnePerPanel() {
        CurvePanel a = CurvePanel.of("A", null, List.of(curve("low-rank", Palette.LOW_RANK, 10)));
        CurvePanel b = CurvePanel.of("B", null, List.of(curve("low-rank", Palette.LOW_RANK, 10),
                curve("network", Palette.NETWORK, 20)));
        Figure shared = LearningCurves.figure(List.of(a, b), CurveOptions.clean(XUnit.EPISODES));
        assertEquals(List.of("low-rank — median of 10 runs", "network — median of 10 runs"),
                shared.legend().entries().stream().map(LegendEntry::label).toList());
        assertNull(shared.panels().get(0).legend());
        // the same green line with two different labels: the reader could not tell which is which in one legend
        Curve relabelled = Curve.of("low-rank", "low-rank — median of 100 runs", Palette.LOW_RANK,
                a.curves().get(0).x(), a.curves().get(0).centre(), a.curves().get(0).lower(),
                a.curves().get(0).upper());
        Figure separate = LearningCurves.figure(List.of(a, CurvePanel.of("B", null, List.of(relabelled))),
                CurveOptions.clean(XUnit.EPISODES));
        assertNull(separate.legend());
        assertEquals(LegendPosition.BELOW, separate.panels().get(1).legend().position());
        assertEquals("low-rank — median of 100 runs", separate.panels().get(1).legend().entries().get(0).label());
    }

    @Test
    void performanceProfilesHaveOnePanelPerEnvironmentAndTheAggregateOnFractionAxes() {
        double[] tau = {0, 0.5, 1};
        ProfileCurve lr = new ProfileCurve("low-rank", "low-rank — 100 runs", Palette.LOW_RANK, tau,
                new double[] {1, 0.6, 0}, new double[] {1, 0.5, 0}, new double[] {1, 0.7, 0.02});
        ProfilePanel env = new ProfilePanel("Pendulum", "Return threshold τ", List.of(lr));
        Figure f = PerformanceProfiles.figure(List.of(env, env), new ProfilePanel("All", "Normalized score τ",
                List.of(lr)), ProfileOptions.defaults());
        assertEquals(List.of("Pendulum", "Pendulum", "All"), f.panels().stream().map(Panel::title).toList());
        for (Panel p : f.panels()) {
            assertEquals(-0.02, p.y().min(), 0);
            assertEquals(1.02, p.y().max(), 0);
            assertEquals(0, p.x().min(), 0);
            assertEquals(1, p.x().max(), 0);
            assertEquals(1, p.bands().size());
        }
        assertEquals("Fraction of runs with score > τ", f.panels().get(0).y().label());
        assertEquals(3, f.columns());
    }

    @Test
    void curvesRejectMismatchedArrays() {
        assertThrows(IllegalArgumentException.class, () -> Curve.of("c", "c", null, new double[3], new double[2],
                null, null));
        assertThrows(IllegalArgumentException.class, () -> new Curve("c", "c", null, new double[2], new double[2],
                new double[2], null, null));
        assertThrows(IllegalArgumentException.class, () -> Panel.of("p", Axis.linear("x", 0, 1),
                Axis.linear("y", 0, 1)).withSeries(List.of(new Series("s", new double[1], new double[1],
                        Stroke.solid(Rgba.BLACK, 1)), new Series("s", new double[1], new double[1],
                        Stroke.solid(Rgba.BLACK, 1)))));
    }
}
