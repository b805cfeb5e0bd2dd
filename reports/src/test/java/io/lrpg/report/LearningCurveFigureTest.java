package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearningCurveFigureTest {

    @Test
    void runningExtremeUsesACentredWindowCutAtTheEnds() {
        double[] x = {1, 5, 2, 0, 3};
        // window 2: episodes e − 1 … e
        assertArrayEquals(new double[] {1, 5, 5, 2, 3}, LearningCurveFigure.runningExtreme(x, 2, true), 0);
        assertArrayEquals(new double[] {1, 1, 2, 0, 0}, LearningCurveFigure.runningExtreme(x, 2, false), 0);
        // window 4: episodes e − 2 … e + 1
        assertArrayEquals(new double[] {5, 5, 5, 5, 3}, LearningCurveFigure.runningExtreme(x, 4, true), 0);
    }

    @Test
    void xAxisEndsOnARoundEpisode() {
        assertEquals(1000, LearningCurveFigure.niceCeiling(1000), 0);
        assertEquals(30000, LearningCurveFigure.niceCeiling(30000), 0);
        assertEquals(250, LearningCurveFigure.niceCeiling(201), 0);
        assertEquals(1, LearningCurveFigure.niceCeiling(1), 0);
    }
}
