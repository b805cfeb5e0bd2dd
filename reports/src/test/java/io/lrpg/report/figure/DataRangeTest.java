package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataRangeTest {

    private static final Stroke BLACK = Stroke.solid(Rgba.BLACK, 1);

    @Test
    void spansEverySeriesAndBandIgnoringNonFiniteValues() {
        Series s = new Series("s", new double[] {1, 2, Double.NaN}, new double[] {5, Double.NaN, 100}, BLACK);
        Band b = new Band("b", new double[] {0, 3}, new double[] {-2, 4}, new double[] {6, 9},
                Rgba.BLACK.withAlpha(0.2));
        assertEquals(new DataRange(0, 3, -2, 9), DataRange.of(List.of(s), List.of(b), Scale.LINEAR, Scale.LINEAR));
    }

    @Test
    void onALogScaleOnlyPositiveValuesCount() {
        Series s = new Series("s", new double[] {0, 1, 10}, new double[] {-1, 0.5, 20}, BLACK);
        assertEquals(new DataRange(1, 10, 0.5, 20), DataRange.of(List.of(s), List.of(), Scale.LOG10, Scale.LOG10));
        assertThrows(IllegalArgumentException.class, () -> DataRange.of(List.of(new Series("z", new double[] {0},
                new double[] {-1}, BLACK)), List.of(), Scale.LOG10, Scale.LINEAR));
    }

    @Test
    void paddingWidensBySpanFractionsAndNeverCollapses() {
        assertArrayEquals(new double[] {-4, 104}, DataRange.padded(0, 100, 0.04, Scale.LINEAR), 1e-12);
        assertArrayEquals(new double[] {0.1, 1000}, DataRange.padded(1, 100, 0.5, Scale.LOG10), 1e-12);
        double[] single = DataRange.padded(5, 5, 0.04, Scale.LINEAR);
        assertEquals(4.75, single[0], 1e-12);
        assertEquals(5.25, single[1], 1e-12);
    }
}
