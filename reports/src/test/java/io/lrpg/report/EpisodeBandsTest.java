package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeBandsTest {

    @Test
    void perEpisodeMedianAndQuartilesAcrossRuns() {
        // episode 0: {1, 2, 3, 4} → 1.75, 2.5, 3.25 (numpy linear); episode 1: {10, 20, 30, 40} → 17.5, 25, 32.5
        EpisodeBands b = EpisodeBands.of(List.of(new double[] {1, 10}, new double[] {3, 30}, new double[] {2, 20},
                new double[] {4, 40}));
        assertArrayEquals(new double[] {1.75, 17.5}, b.p25(), 1e-12);
        assertArrayEquals(new double[] {2.5, 25}, b.median(), 1e-12);
        assertArrayEquals(new double[] {3.25, 32.5}, b.p75(), 1e-12);
        assertArrayEquals(new int[] {4, 4}, b.runs());
    }

    @Test
    void aDivergedRunCountsOnlyBeforeItStopped() {
        EpisodeBands b = EpisodeBands.of(List.of(new double[] {1, 2, 3}, new double[] {5, Double.NaN}));
        assertArrayEquals(new int[] {2, 1, 1}, b.runs());
        assertArrayEquals(new double[] {3, 2, 3}, b.median(), 1e-12);
    }
}
