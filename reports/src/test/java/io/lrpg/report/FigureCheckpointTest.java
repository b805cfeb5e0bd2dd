package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureCheckpointTest {

    private static FigureCheckpoint find(String environment, String fragment) {
        return FigureCheckpoint.PAPER.stream()
                .filter(c -> c.environment().equals(environment) && c.description().contains(fragment))
                .findFirst().orElseThrow();
    }

    @Test
    void firstEpisodeReachingAThreshold() {
        double[] ramp = new double[200];
        for (int e = 0; e < ramp.length; e++) {
            ramp[e] = e; // reaches 90 at episode 90
        }
        assertEquals("90", find("pendulum", "reaches 90").format(ramp));
        assertEquals("never", find("pendulum", "reaches 90").format(new double[] {1, 2, 3}));
    }

    @Test
    void smoothedThresholdUsesTheCentredAverage() {
        double[] step = new double[400];
        for (int e = 200; e < step.length; e++) {
            step[e] = 2.0; // ±50 average first reaches 1.15 where more than 57.5 % of 101 values are 2: at e = 208
        }
        assertEquals("208", find("goddard", "1.15").format(step));
    }

    @Test
    void finalAndLastHundredMeans() {
        double[] curve = new double[300];
        for (int e = 0; e < curve.length; e++) {
            curve[e] = e < 200 ? 0 : 94.0 + (e % 2); // last 100: 94, 95, … → mean 94.5
        }
        assertEquals("94.50", find("acrobot", "last 100").format(curve));
        assertEquals("95.00", find("pendulum", "final").format(curve));
    }
}
