package io.lrpg.core.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoxTest {

    private final Box box = new Box(new double[] {-2.0, 0.0}, new double[] {2.0, Double.POSITIVE_INFINITY});

    @Test
    void containsIncludesTheBoundsAndExcludesNaN() {
        assertTrue(box.contains(new double[] {-2.0, 0.0}));
        assertTrue(box.contains(new double[] {2.0, 1e300}));
        assertFalse(box.contains(new double[] {2.0000001, 1.0}));
        assertFalse(box.contains(new double[] {0.0, -1e-300}));
        assertFalse(box.contains(new double[] {Double.NaN, 1.0}));
        assertFalse(box.contains(new double[] {0.0}));
    }

    @Test
    void clipsEachDimension() {
        assertArrayEquals(new double[] {2.0, 0.0}, box.clip(new double[] {3.5, -1.0}));
        assertArrayEquals(new double[] {-2.0, 7.0}, box.clip(new double[] {-9.0, 7.0}));
        assertEquals(-2.0, box.clip(0, Double.NEGATIVE_INFINITY));
    }

    @Test
    void isImmutable() {
        double[] low = {0.0};
        Box b = new Box(low, new double[] {1.0});
        low[0] = 5.0;
        b.low()[0] = 5.0;
        assertEquals(0.0, b.low(0));
    }

    @Test
    void rejectsInvalidBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Box(new double[] {1.0}, new double[] {0.0}));
        assertThrows(IllegalArgumentException.class, () -> new Box(new double[] {Double.NaN}, new double[] {0.0}));
        assertThrows(IllegalArgumentException.class, () -> new Box(new double[] {0.0}, new double[] {0.0, 1.0}));
        assertThrows(IllegalArgumentException.class, () -> new Box(new double[0], new double[0]));
    }
}
