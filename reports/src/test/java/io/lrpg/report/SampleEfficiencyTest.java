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

    @Test
    void ratioIsUndefinedWhenAMedianNeverGetsThere() {
        List<double[]> fast = List.of(step(50, 5, 0, 100), step(50, 6, 0, 100));
        List<double[]> slow = List.of(step(50, 5, 0, 50), step(50, 6, 0, 50));
        Interval r = SampleEfficiency.episodesRatio(slow, fast, SampleEfficiency.EpisodeMeasure.threshold(90, 0), 20,
                1, 0.95);
        assertTrue(Double.isNaN(r.estimate()));
        assertEquals(20, r.failed());
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
