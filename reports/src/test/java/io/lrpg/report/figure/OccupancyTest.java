package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The occupancy grid that legends and insets avoid. A 40 × 40 px area is a 10 × 10 grid of 4 px cells. */
class OccupancyTest {

    @Test
    void aSegmentMarksTheCellsItCrossesOnlyInsideTheGrid() {
        Occupancy o = new Occupancy(100, 200, 40, 40);
        // a horizontal line through the middle of the third row, from far left to far right: the whole row
        o.markSegment(-10_000, 210, 10_000, 210);
        assertEquals(10, o.count(100, 200, 40, 40));
        assertEquals(10, o.count(100, 208, 40, 4));
        // a segment entirely above the grid marks nothing
        o.markSegment(90, 150, 150, 190);
        assertEquals(10, o.count(100, 200, 40, 40));
        // a diagonal from the upper left corner to the lower right corner: the 10 diagonal cells (and no more than
        // their 4-neighbours where it passes a corner)
        Occupancy d = new Occupancy(0, 0, 40, 40);
        d.markSegment(0.5, 0.5, 39.5, 39.5);
        for (int i = 0; i < 10; i++) {
            assertEquals(1, d.count(i * 4, i * 4, 4, 4), "cell " + i);
        }
        assertEquals(0, d.count(32, 0, 8, 8));
    }

    @Test
    void aBandMarksEverythingBetweenItsEdges() {
        Occupancy o = new Occupancy(0, 0, 40, 40);
        double[] px = {0, 40};
        double[] upper = {8, 8};
        double[] lower = {20, 20};
        o.markBand(px, upper, new int[] {0, 1}, lower, new int[] {0, 1});
        // rows 2 … 5 (y 8 … 20) of all 10 columns
        assertEquals(40, o.count(0, 0, 40, 40));
        assertEquals(0, o.count(0, 24, 40, 16));
        o.markRect(0, 32, 8, 8);
        assertEquals(44, o.count(0, 0, 40, 40));
    }
}
