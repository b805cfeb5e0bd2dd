package io.lrpg.core.discretize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-mode indices are each axis's own {@link Axis#index}; two modes are a (row, column) cell. */
class ModeIndexerTest {

    private static final List<Axis> AXES = List.of(new Axis(0, 0.12, 4), new Axis(1.0, 1.03, 5),
            new Axis(0.6, 1.0, 3), new Axis(-1, 1, 2));

    @Test
    void eachModeIsItsAxisIndexSingleAndBatched() {
        ModeIndexer indexer = new ModeIndexer(AXES);
        assertEquals(4, indexer.modes());
        assertEquals(5, indexer.size(1));
        SplittableRandom random = new SplittableRandom(1);
        int steps = 500;
        double[] states = new double[4 * steps];
        for (int t = 0; t < steps; t++) {
            for (int d = 0; d < 4; d++) {
                Axis axis = AXES.get(d);
                double span = axis.high() - axis.low();
                // out of range, inside, exact grid points and midpoints (ties), NaN
                double s = switch (random.nextInt(5)) {
                    case 0 -> axis.low() + random.nextDouble(-0.5, 1.5) * span;
                    case 1 -> axis.low() + span * random.nextInt(axis.buckets()) / Math.max(1, axis.buckets() - 1);
                    case 2 -> axis.low() + span * (random.nextInt(axis.buckets()) + 0.5) / Math.max(1, axis.buckets() - 1);
                    case 3 -> random.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY;
                    default -> axis.low() + random.nextDouble() * span;
                };
                states[4 * t + d] = s;
            }
        }
        int[] batch = new int[4 * steps];
        indexer.indices(states, steps, batch);
        int[] single = new int[4];
        for (int t = 0; t < steps; t++) {
            double[] s = java.util.Arrays.copyOfRange(states, 4 * t, 4 * t + 4);
            indexer.indices(s, single, 0);
            for (int d = 0; d < 4; d++) {
                int expected = AXES.get(d).index(s[d]);
                assertEquals(expected, single[d], "t " + t + " mode " + d);
                assertEquals(expected, batch[4 * t + d], "batched t " + t + " mode " + d);
                assertEquals(expected, indexer.index(s, d));
            }
        }
    }

    @Test
    void twoModesAreTheMatrixCell() {
        List<Axis> axes = List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 16));
        ModeIndexer modes = new ModeIndexer(axes);
        StateIndexer cells = new GridLayout(axes, new int[] {0}, new int[] {1}).indexer();
        SplittableRandom random = new SplittableRandom(2);
        int[] q = new int[2];
        for (int n = 0; n < 2000; n++) {
            double[] s = {random.nextDouble(-1.3, 1.3), random.nextDouble(-6, 6)};
            modes.indices(s, q, 0);
            assertEquals(cells.row(s), q[0]);
            assertEquals(cells.column(s), q[1]);
        }
    }

    @Test
    void equalAxesAreOneKeySpace() {
        assertEquals(new ModeIndexer(AXES), new ModeIndexer(List.copyOf(AXES)));
        assertEquals(new ModeIndexer(AXES).hashCode(), new ModeIndexer(List.copyOf(AXES)).hashCode());
        assertNotEquals(new ModeIndexer(AXES), new ModeIndexer(AXES.subList(0, 3)));
        assertNotEquals(new ModeIndexer(List.of(new Axis(0, 1, 2))), new ModeIndexer(List.of(new Axis(0, 1, 3))));
        assertNotEquals(new ModeIndexer(List.of(new Axis(0, 1, 2))), new ModeIndexer(List.of(new Axis(0, 2, 2))));
    }

    @Test
    void rejectsShortStatesAndNoAxes() {
        ModeIndexer indexer = new ModeIndexer(AXES);
        assertThrows(IllegalArgumentException.class, () -> indexer.indices(new double[3], new int[4], 0));
        assertThrows(IllegalArgumentException.class, () -> indexer.indices(new double[8], 3, new int[12]));
        assertThrows(IllegalArgumentException.class, () -> new ModeIndexer(List.of()));
    }
}
