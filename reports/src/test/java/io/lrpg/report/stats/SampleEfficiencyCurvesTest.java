package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleEfficiencyCurvesTest {

    @Test
    void curvesAreCutToTheEpisodesEveryRunReachedWithAFinitePrefix() {
        double[][] runs = {
            {1, 2, 3, 4, 5, 6, 7, 8},
            {1, 2, 3, 4, 5, 6},                 // shortest by length
            {1, 2, 3, 4, 5, Double.NaN, 7, 8},  // diverged at episode 5: reached 0..4
        };
        assertEquals(5, SampleEfficiencyCurves.commonEpisodes(runs));
        assertThrows(IllegalArgumentException.class,
                () -> SampleEfficiencyCurves.commonEpisodes(new double[][] {{1, 2}, {Double.NaN, 1}}));
    }

    @Test
    void decimationKeepsEveryKthEpisodeAndTheLast() {
        assertArrayEquals(new int[] {0, 3, 6, 9}, SampleEfficiencyCurves.evaluatedEpisodes(10, 3));
        assertArrayEquals(new int[] {0, 3, 6, 9, 10}, SampleEfficiencyCurves.evaluatedEpisodes(11, 3));
        assertArrayEquals(new int[] {0, 1, 2, 3}, SampleEfficiencyCurves.evaluatedEpisodes(4, 1));
        assertArrayEquals(new int[] {0}, SampleEfficiencyCurves.evaluatedEpisodes(1, 5));
        assertArrayEquals(new int[] {0, 4}, SampleEfficiencyCurves.evaluatedEpisodes(5, 7));
    }

    /** strideFor gives at most maxPoints points, and one less stride would give more. */
    @Test
    void strideForIsTheSmallestStrideWithinThePointBudget() {
        for (int episodes = 1; episodes <= 400; episodes++) {
            for (int maxPoints : new int[] {2, 3, 7, 50, 1000}) {
                int stride = CurveSettings.strideFor(episodes, maxPoints);
                int points = SampleEfficiencyCurves.evaluatedEpisodes(episodes, stride).length;
                assertTrue(points <= maxPoints, episodes + " episodes, " + maxPoints + " points: " + points);
                if (stride > 1) {
                    assertTrue(SampleEfficiencyCurves.evaluatedEpisodes(episodes, stride - 1).length > maxPoints);
                }
            }
        }
        assertEquals(30, CurveSettings.strideFor(30_000, 1001));
    }

    /**
     * Estimates at each evaluated episode equal the statistic of a naive moving average (window cut at 0 and
     * L − 1), and the band equals a stratified bootstrap of that episode's values with the same seed (the
     * curve draws its resamples once, in the same order).
     */
    @Test
    void bandsAreThePerEpisodeBootstrapOfTheSmoothedRuns() {
        SplittableRandom random = new SplittableRandom(21);
        int runs = 12;
        double[][] curves = new double[runs][];
        for (int r = 0; r < runs; r++) {
            curves[r] = new double[40 + random.nextInt(5)];
            for (int e = 0; e < curves[r].length; e++) {
                curves[r][e] = e * 0.1 + random.nextGaussian();
            }
        }
        int common = 40;
        int halfWindow = 3;
        BootstrapSettings settings = new BootstrapSettings(300, 0.9, IntervalMethod.BCA, Jackknife.ACROSS_STRATA);
        List<CurveBand> bands = SampleEfficiencyCurves.of(curves, new CurveSettings(halfWindow, 7),
                List.of(Aggregate.IQM, Aggregate.MEDIAN), settings, IndexSource.seeded(8));
        int[] episodes = {0, 7, 14, 21, 28, 35, 39};
        for (CurveBand band : bands) {
            assertArrayEquals(episodes, band.episodes());
            for (int p = 0; p < episodes.length; p++) {
                double[] values = new double[runs];
                for (int r = 0; r < runs; r++) {
                    double sum = 0;
                    int count = 0;
                    for (int t = episodes[p] - halfWindow; t <= episodes[p] + halfWindow; t++) {
                        if (t >= 0 && t < common) {
                            sum += curves[r][t];
                            count++;
                        }
                    }
                    values[r] = sum / count;
                }
                IntervalEstimate direct = StratifiedBootstrap.interval(Sample.of(values), band.statistic(), settings,
                        IndexSource.seeded(8));
                IntervalEstimate point = band.points().get(p);
                assertEquals(direct.estimate(), point.estimate(), 1e-12, band.statistic() + " episode " + episodes[p]);
                assertEquals(direct.lower(), point.lower(), 1e-12);
                assertEquals(direct.upper(), point.upper(), 1e-12);
                assertEquals(direct.method(), point.method());
            }
        }
    }

    @Test
    void withoutSmoothingTheEstimateIsTheRawStatistic() {
        double[][] curves = {{1, 5, 2}, {3, 1, 2}, {2, 2, 9}};
        CurveBand median = SampleEfficiencyCurves.of(curves, CurveSettings.RAW, List.of(Aggregate.MEDIAN),
                BootstrapSettings.DEFAULT.withResamples(50), IndexSource.seeded(1)).get(0);
        assertArrayEquals(new double[] {2, 2, 2}, median.estimates(), 0);
    }

    /**
     * The size the report needs, 100 runs × 30 000 episodes smoothed (h = 50) and decimated to ≤ 1 001 points,
     * IQM and median, with 250 resamples to spare the CI budget ({@link CurveTiming} times the full 1 000).
     * Checks the shape and one point against the direct computation.
     */
    @Test
    void paperScaleCurves() {
        int runs = 100;
        int episodes = 30_000;
        double[][] curves = CurveTiming.syntheticRuns(runs, episodes, 3);
        CurveSettings curve = new CurveSettings(50, CurveSettings.strideFor(episodes, 1001));
        List<CurveBand> bands = SampleEfficiencyCurves.of(curves, curve, List.of(Aggregate.IQM, Aggregate.MEDIAN),
                BootstrapSettings.DEFAULT.withResamples(250), IndexSource.seeded(5));
        int[] evaluated = bands.get(0).episodes();
        assertEquals(1001, evaluated.length);
        assertEquals(episodes - 1, evaluated[evaluated.length - 1]);
        int p = 500;
        double[] values = new double[runs];
        for (int r = 0; r < runs; r++) {
            double sum = 0;
            for (int t = evaluated[p] - 50; t <= evaluated[p] + 50; t++) {
                sum += curves[r][t];
            }
            values[r] = sum / 101;
        }
        assertEquals(Aggregate.IQM.of(values), bands.get(0).points().get(p).estimate(), 1e-9);
        IntervalEstimate lastIqm = bands.get(0).points().get(evaluated.length - 1);
        assertTrue(lastIqm.lower() < lastIqm.estimate() && lastIqm.estimate() < lastIqm.upper());
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new CurveSettings(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new CurveSettings(0, 0));
        assertThrows(IllegalArgumentException.class, () -> CurveSettings.strideFor(10, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleEfficiencyCurves.of(new double[0][],
                CurveSettings.RAW, List.of(Aggregate.IQM), BootstrapSettings.DEFAULT, IndexSource.seeded(1)));
    }
}
