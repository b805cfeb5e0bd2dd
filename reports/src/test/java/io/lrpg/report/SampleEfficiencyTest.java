package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleEfficiencyTest {

    /** 0 until episode 10, then +10 per episode to 100 at episode 20, then 100 up to episode 99. */
    private static double[] ramp() {
        double[] c = new double[100];
        for (int e = 0; e < c.length; e++) {
            c[e] = Math.min(100, Math.max(0, 10.0 * (e - 10)));
        }
        return c;
    }

    /** A curve at {@code low} before episode {@code jump} and {@code high} from it on. */
    private static double[] step(int episodes, int jump, double low, double high) {
        double[] c = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            c[e] = e < jump ? low : high;
        }
        return c;
    }

    @Test
    void movingAverageIsCentredAndShortensAtTheEnds() {
        double[] c = {0, 3, 6, 9, 12};
        assertArrayEquals(new double[] {1.5, 3, 6, 9, 10.5}, SampleEfficiency.movingAverage(c, 1), 1e-12);
        assertArrayEquals(new double[] {3, 4.5, 6, 7.5, 9}, SampleEfficiency.movingAverage(c, 2), 1e-12);
        assertArrayEquals(c, SampleEfficiency.movingAverage(c, 0), 0);
    }

    @Test
    void plateauIsTheMeanOfTheLastTenPercent() {
        double[] c = new double[20];
        c[18] = 4;
        c[19] = 6;
        assertEquals(5.0, SampleEfficiency.plateau(c), 0);
        assertEquals(7.0, SampleEfficiency.plateau(new double[] {1, 7}), 0);
    }

    @Test
    void riseEpisodeOnARampHasAKnownAnswer() {
        // start 0, plateau 100: 90 % is 90, first reached at episode 19; 95 % is 95, first reached at 20
        assertEquals(19, SampleEfficiency.riseEpisode(ramp(), 0.90));
        assertEquals(20, SampleEfficiency.riseEpisode(ramp(), 0.95));
        assertEquals(11, SampleEfficiency.riseEpisode(ramp(), 0.10));
    }

    @Test
    void riseEpisodeFollowsAFallingCurveDownwards() {
        double[] c = ramp();
        for (int e = 0; e < c.length; e++) {
            c[e] = -c[e];
        }
        assertEquals(19, SampleEfficiency.riseEpisode(c, 0.90));
    }

    @Test
    void firstReachingFindsTheFirstEpisodeAtOrAboveTheThreshold() {
        assertEquals(OptionalInt.of(19), SampleEfficiency.firstReaching(ramp(), 90));
        assertEquals(OptionalInt.of(19), SampleEfficiency.firstReaching(ramp(), 89.5));
        assertEquals(OptionalInt.empty(), SampleEfficiency.firstReaching(ramp(), 100.5));
        // smoothed ±1: mean(80, 90, 100) = 90 at episode 19
        assertEquals(OptionalInt.of(19), SampleEfficiency.EpisodeMeasure.threshold(90, 1).apply(ramp()));
    }

    @Test
    void ratioOfIdenticalRunsIsExactAndItsIntervalDegenerate() {
        List<double[]> fast = new ArrayList<>();
        List<double[]> slow = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            fast.add(step(100, 9, 0, 100));   // reaches 90 at index 9: 10 episodes
            slow.add(step(100, 29, 0, 100));  // index 29: 30 episodes
        }
        Interval ratio = SampleEfficiency.episodesRatio(slow, fast, SampleEfficiency.EpisodeMeasure.threshold(90, 0),
                200, 1, 0.95);
        assertEquals(new Interval(3.0, 3.0, 3.0, 0.95, 200, 0), ratio);
        Interval rise = SampleEfficiency.episodesRatio(slow, fast, SampleEfficiency.EpisodeMeasure.rise(0.9, 0), 50, 1,
                0.95);
        assertEquals(3.0, rise.estimate(), 0);
    }

    @Test
    void ratioBootstrapIsReproducibleAndCoversTheEstimate() {
        SplittableRandom random = new SplittableRandom(5);
        List<double[]> fast = new ArrayList<>();
        List<double[]> slow = new ArrayList<>();
        for (int r = 0; r < 9; r++) {
            fast.add(step(300, 20 + random.nextInt(20), 0, 100));
            slow.add(step(300, 60 + random.nextInt(60), 0, 100));
        }
        var measure = SampleEfficiency.EpisodeMeasure.rise(0.9, 0);
        Interval a = SampleEfficiency.episodesRatio(slow, fast, measure, 300, 42, 0.95);
        Interval b = SampleEfficiency.episodesRatio(slow, fast, measure, 300, 42, 0.95);
        assertEquals(a, b);
        assertTrue(a.lower() <= a.estimate() && a.estimate() <= a.upper(), a.toString());
        assertTrue(a.lower() > 1, a.toString());
    }

    /** A median that never gets there needs infinitely many episodes: +∞ for the slow one, 0 for the fast one. */
    @Test
    void aMedianThatNeverGetsThereMakesTheRatioInfiniteOrZero() {
        List<double[]> reaches = List.of(step(50, 5, 0, 100), step(50, 6, 0, 100));
        List<double[]> never = List.of(step(50, 5, 0, 50), step(50, 6, 0, 50));
        var measure = SampleEfficiency.EpisodeMeasure.threshold(90, 0);
        Interval slowNever = SampleEfficiency.episodesRatio(never, reaches, measure, 20, 1, 0.95);
        assertEquals(Double.POSITIVE_INFINITY, slowNever.estimate());
        assertEquals(Double.POSITIVE_INFINITY, slowNever.lower());
        assertEquals(0, slowNever.failed());
        Interval fastNever = SampleEfficiency.episodesRatio(reaches, never, measure, 20, 1, 0.95);
        assertEquals(new Interval(0, 0, 0, 0.95, 20, 0), fastNever);
        Interval neither = SampleEfficiency.episodesRatio(never, never, measure, 20, 1, 0.95);
        assertTrue(Double.isNaN(neither.estimate()) && Double.isNaN(neither.lower()), neither.toString());
        assertEquals(20, neither.failed());
    }

    @Test
    void percentilesNextToAnInfiniteReplicateAreInfinite() {
        double[] sorted = {1, 2, 3, Double.POSITIVE_INFINITY};
        assertEquals(2.5, SampleEfficiency.percentileOfSorted(sorted, 50), 0);       // h = 1.5
        assertEquals(Double.POSITIVE_INFINITY, SampleEfficiency.percentileOfSorted(sorted, 80), 0); // h = 2.4
        assertEquals(3, SampleEfficiency.percentileOfSorted(sorted, 200.0 / 3), 1e-12);              // h = 2
        assertEquals(0, SampleEfficiency.percentileOfSorted(new double[] {0, 0, 1}, 10), 0);
    }

    /**
     * The resampled median curve (multiplicities walked over each episode's pre-sorted runs, computed lazily) equals
     * numpy's median of the expanded multiset, episode by episode, also where runs have diverged and where no drawn
     * run is left (the last median is then held).
     */
    @Test
    void resampledMedianCurveEqualsTheMedianOfTheExpandedRuns() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            int runs = 1 + random.nextInt(7);
            int episodes = 1 + random.nextInt(30);
            List<double[]> curves = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                double[] c = new double[random.nextBoolean() ? episodes : 1 + random.nextInt(episodes)];
                for (int e = 0; e < c.length; e++) {
                    c[e] = random.nextInt(4) + (random.nextBoolean() ? 0.5 : 0);   // ties are frequent
                }
                if (c.length < episodes && random.nextBoolean()) {
                    c[c.length - 1] = Double.NaN;                                     // diverged
                }
                curves.add(c);
            }
            SampleEfficiency.RunMatrix matrix = new SampleEfficiency.RunMatrix(curves);
            int[] weights = matrix.resample(random);
            SampleEfficiency.EpisodeCurve lazy = matrix.median(weights);
            double held = Double.NaN;
            for (int e = 0; e < lazy.length(); e++) {
                List<Double> expanded = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    double[] c = curves.get(r);
                    if (e < c.length && Double.isFinite(c[e])) {
                        for (int k = 0; k < weights[r]; k++) {
                            expanded.add(c[e]);
                        }
                    }
                }
                double expected = expanded.isEmpty() ? held
                        : Percentiles.median(expanded.stream().mapToDouble(Double::doubleValue).toArray());
                held = expected;
                assertEquals(expected, lazy.at(e), 1e-12, "trial " + trial + ", episode " + e);
            }
        }
    }

    /** The lazy measures read only what they need and agree with the measures of the whole array. */
    @Test
    void measuresOnALazyCurveEqualThoseOnTheArray() {
        double[] curve = new double[5000];
        SplittableRandom random = new SplittableRandom(4);
        for (int e = 0; e < curve.length; e++) {
            curve[e] = Math.min(1.2, 0.9 + e / 8000.0) + 0.05 * random.nextDouble();
        }
        boolean[] read = new boolean[curve.length];
        SampleEfficiency.EpisodeCurve lazy = new SampleEfficiency.EpisodeCurve() {
            @Override
            public int length() {
                return curve.length;
            }

            @Override
            public double at(int e) {
                read[e] = true;
                return curve[e];
            }
        };
        var threshold = SampleEfficiency.EpisodeMeasure.threshold(1.15, 50);
        OptionalInt e = threshold.apply(lazy);
        assertEquals(SampleEfficiency.firstReaching(SampleEfficiency.movingAverage(curve, 50), 1.15), e);
        assertTrue(read[e.getAsInt() + 50] && !read[e.getAsInt() + 51], "reads up to e + 50 only");
        var rise = SampleEfficiency.EpisodeMeasure.rise(0.9, 50);
        double[] smoothed = SampleEfficiency.movingAverage(curve, 50);
        assertEquals(OptionalInt.of(SampleEfficiency.riseEpisode(smoothed, 0.9)), rise.apply(curve));
    }

    @Test
    void severalMeasuresOnSharedResamplesEqualSeparateCalls() {
        SplittableRandom random = new SplittableRandom(8);
        List<double[]> fast = new ArrayList<>();
        List<double[]> slow = new ArrayList<>();
        for (int r = 0; r < 7; r++) {
            fast.add(step(200, 10 + random.nextInt(30), 0, 100));
            slow.add(step(200, 50 + random.nextInt(60), 0, 100));
        }
        var rise = SampleEfficiency.EpisodeMeasure.rise(0.9, 5);
        var threshold = SampleEfficiency.EpisodeMeasure.threshold(50, 0);
        List<Interval> both = SampleEfficiency.episodesRatios(slow, fast, List.of(rise, threshold), 100, 9, 0.95);
        assertEquals(SampleEfficiency.episodesRatio(slow, fast, rise, 100, 9, 0.95), both.get(0));
        assertEquals(SampleEfficiency.episodesRatio(slow, fast, threshold, 100, 9, 0.95), both.get(1));
    }
}
