package io.lrpg.core.discretize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StateIndexerTest {

    private static final Axis SIGN = new Axis(-1.0, 1.0, 2);

    @Test
    void tieRoundsHalfToEven() {
        assertEquals(0, SIGN.index(0.0));          // 0.5 → 0
        assertEquals(0, SIGN.index(-1e-12));
        assertEquals(1, SIGN.index(1e-12));
        Axis four = new Axis(0.0, 3.0, 4);
        assertEquals(2, four.index(1.5));          // 1.5 → 2
        assertEquals(2, four.index(2.5));          // 2.5 → 2
        assertEquals(4, new Axis(0.0, 9.0, 10).index(4.5)); // 4.5 → 4
    }

    @Test
    void roundsToNearestGridPointIncludingBothEnds() {
        Axis five = new Axis(-2.0, 2.0, 5); // points −2, −1, 0, 1, 2
        assertEquals(0, five.index(-1.6));
        assertEquals(1, five.index(-1.4));
        assertEquals(2, five.index(0.4));
        assertEquals(3, five.index(0.6));
        assertEquals(4, five.index(2.0));
    }

    @Test
    void clipsAtBothEnds() {
        Axis axis = new Axis(-5.0, 5.0, 10);
        assertEquals(0, axis.index(-1e9));
        assertEquals(0, axis.index(Double.NEGATIVE_INFINITY));
        assertEquals(9, axis.index(7.0));
        assertEquals(9, axis.index(Double.POSITIVE_INFINITY));
        assertEquals(0, axis.index(Double.NaN)); // a diverged state is data, not an exception
    }

    @Test
    void singleBucketAlwaysIndexesZero() {
        Axis one = new Axis(0.0, 1.0, 1);
        assertEquals(0, one.index(-3.0));
        assertEquals(0, one.index(0.7));
    }

    @Test
    void combinesGroupsMixedRadixFirstListedMostSignificant() {
        // dims 0, 1, 2 with 2, 3, 4 points on [0, n−1] so that q_d = s_d; rows = (2, 0), columns = (1)
        GridLayout layout = new GridLayout(
                List.of(new Axis(0, 1, 2), new Axis(0, 2, 3), new Axis(0, 3, 4)), new int[] {2, 0}, new int[] {1});
        StateIndexer indexer = layout.indexer();
        assertEquals(8, indexer.rows());
        assertEquals(3, indexer.columns());
        double[] s = {1, 2, 3};
        assertEquals(3 * 2 + 1, indexer.row(s)); // q_2 · n_0 + q_0
        assertEquals(2, indexer.column(s));
        assertEquals(2 * 2 + 0, indexer.row(new double[] {0, 0, 2}));
        assertEquals(1, indexer.column(new double[] {0, 1, 2}));
    }

    @Test
    void acrobotSignGridMatchesReferenceCells() {
        GridLayout acrobot = new GridLayout(List.of(SIGN, SIGN, SIGN, SIGN), new int[] {0, 1}, new int[] {2, 3});
        StateIndexer indexer = acrobot.indexer();
        assertEquals(4, indexer.rows());
        assertEquals(4, indexer.columns());
        double[] s = {0.3, -0.2, -0.1, 0.05};
        assertEquals(2, indexer.row(s));    // (1, 0)
        assertEquals(1, indexer.column(s)); // (0, 1)
        assertEquals(0, indexer.row(new double[] {0.0, 0.0, 0.0, 0.0})); // ties → 0
    }

    @Test
    void readsStatesAtAnOffsetOfAFlatBatch() {
        GridLayout layout = new GridLayout(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 10)), new int[] {0},
                new int[] {1});
        StateIndexer indexer = layout.indexer();
        double[] batch = {0.0, 0.0, 0.9, -4.0, -0.2, 3.3};
        assertEquals(indexer.row(new double[] {0.9, -4.0}), indexer.row(batch, 2));
        assertEquals(indexer.column(new double[] {-0.2, 3.3}), indexer.column(batch, 4));
        assertThrows(IllegalArgumentException.class, () -> indexer.row(batch, 5));
    }

    @Test
    void agreesWithLiteralPortOfReferenceDiscretizer() {
        SplittableRandom random = new SplittableRandom(11);
        double[] low = {0.0, 1.0, 0.6, -1.0};
        double[] high = {0.12, 1.03, 1.0, 1.0};
        int[] buckets = {4, 5, 3, 2};
        int[][][] splits = {
            {{0}, {1, 2, 3}}, {{3, 1}, {0, 2}}, {{0, 1, 2, 3}, {}}, {{2}, {3, 0, 1}},
        };
        for (int[][] split : splits) {
            Axis[] axes = new Axis[4];
            for (int d = 0; d < 4; d++) {
                axes[d] = new Axis(low[d], high[d], buckets[d]);
            }
            StateIndexer indexer = new GridLayout(List.of(axes), split[0], split[1]).indexer();
            ReferenceDiscretizer reference = new ReferenceDiscretizer(low, high, buckets, split[0], split[1]);
            for (int n = 0; n < 5000; n++) {
                double[] s = new double[4];
                for (int d = 0; d < 4; d++) {
                    double span = high[d] - low[d];
                    s[d] = low[d] - 0.2 * span + 1.4 * span * random.nextDouble();
                    if (n % 7 == 0) { // hit grid points and midpoints exactly, where rounding matters
                        s[d] = low[d] + span * random.nextInt(2 * buckets[d]) / (2.0 * (buckets[d] - 1));
                    }
                }
                int[] expected = reference.index(s);
                assertEquals(expected[0], indexer.row(s));
                assertEquals(expected[1], indexer.column(s));
            }
        }
    }

    /**
     * The indexer evaluates {@link Axis#index} from unpacked, precomputed per-axis constants; it must return
     * exactly what the formula returns for every double, so it is compared with the formula on the paper's
     * axes and on random ones (small and large n, tiny and wide ranges, ranges on either side of 0): at
     * random values, at the ±16 doubles around every midpoint between grid points (where the rounding flips)
     * and every grid point, and at the special values.
     */
    @Test
    void indexerReturnsExactlyTheAxisFormulasIndexForEveryDouble() {
        List<Axis> axes = new java.util.ArrayList<>(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 10),
                new Axis(-1, 1, 16), new Axis(-5, 5, 16), SIGN, new Axis(0, 0.12, 4), new Axis(1.0, 1.03, 4),
                new Axis(0.6, 1.0, 4), new Axis(0, 1, 1), new Axis(-3, 7, 316), new Axis(2.5, 2.5 + 1e-9, 7),
                new Axis(-1e6, -2e5, 1000), new Axis(-2, 0.0, 5), new Axis(-1, -0.0, 3), new Axis(-0.0, 1, 3)));
        SplittableRandom random = new SplittableRandom(23);
        for (int n = 0; n < 30; n++) {
            double low = random.nextDouble(-100, 100);
            double span = Math.pow(10, random.nextDouble(-6, 4));
            axes.add(new Axis(low, low + span, 1 + random.nextInt(40)));
        }
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (Axis axis : axes) {
            StateIndexer indexer = new GridLayout(List.of(axis), new int[] {0}, new int[] {}).indexer();
            double[] s = new double[1];
            java.util.function.DoubleConsumer check = x -> {
                s[0] = x;
                assertEquals(axis.index(x), indexer.row(s), () -> axis + " at " + x);
            };
            for (double x : special) {
                check.accept(x);
            }
            double span = axis.high() - axis.low();
            for (int q = 0; q < 2 * axis.buckets() + 1; q++) { // grid points (even q) and midpoints (odd q)
                double x = axis.low() + span * q / (2.0 * Math.max(1, axis.buckets() - 1));
                for (int k = 0; k < 16; k++) {
                    check.accept(x);
                    x = Math.nextUp(x);
                }
                x = axis.low() + span * q / (2.0 * Math.max(1, axis.buckets() - 1));
                for (int k = 0; k < 16; k++) {
                    x = Math.nextDown(x);
                    check.accept(x);
                }
            }
            for (int n = 0; n < 2000; n++) {
                check.accept(axis.low() - 0.3 * span + 1.6 * span * random.nextDouble());
            }
        }
    }

    @Test
    void layoutsAreEqualByAxesAndGroups() {
        GridLayout a = new GridLayout(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 10)), new int[] {0}, new int[] {1});
        GridLayout same = new GridLayout(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 10)), new int[] {0},
                new int[] {1});
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        org.junit.jupiter.api.Assertions.assertNotEquals(a,
                new GridLayout(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 16)), new int[] {0}, new int[] {1}));
        org.junit.jupiter.api.Assertions.assertNotEquals(a,
                new GridLayout(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 10)), new int[] {1}, new int[] {0}));
        org.junit.jupiter.api.Assertions.assertNotEquals(a,
                new GridLayout(List.of(new Axis(-1, 1, 10), new Axis(-5, 5, 10)), new int[] {0, 1}, new int[] {}));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, new GridLayout(List.of(new Axis(-1, 1, 10)),
                new int[] {0}, new int[] {}));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, "a layout");
    }

    @Test
    void batchCellsEqualRowAndColumnOfEveryState() {
        SplittableRandom random = new SplittableRandom(5);
        GridLayout layout = new GridLayout(List.of(new Axis(0, 0.12, 4), new Axis(1.0, 1.03, 4), new Axis(0.6, 1, 4)),
                new int[] {0}, new int[] {1, 2});
        StateIndexer indexer = layout.indexer();
        int length = 300;
        double[] states = new double[3 * length + 1];
        for (int n = 0; n < states.length; n++) {
            states[n] = n % 17 == 0 ? Double.NaN : random.nextDouble(-0.2, 1.2);
        }
        int[] cells = new int[2 * length + 3];
        java.util.Arrays.fill(cells, -7);
        indexer.cells(states, length, cells);
        for (int t = 0; t < length; t++) {
            assertEquals(indexer.row(states, 3 * t), cells[2 * t], "row at t = " + t);
            assertEquals(indexer.column(states, 3 * t), cells[2 * t + 1], "column at t = " + t);
        }
        assertEquals(-7, cells[2 * length], "writes only 2B indices");
        assertThrows(IllegalArgumentException.class, () -> indexer.cells(states, length + 1, new int[1000]));
        assertThrows(IllegalArgumentException.class, () -> indexer.cells(states, length, new int[2 * length - 1]));
    }

    @Test
    void rejectsInvalidLayouts() {
        List<Axis> two = List.of(SIGN, SIGN);
        assertThrows(IllegalArgumentException.class, () -> new Axis(1.0, 1.0, 3));
        assertThrows(IllegalArgumentException.class, () -> new Axis(0.0, Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> new Axis(0.0, 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridLayout(two, new int[] {0}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new GridLayout(two, new int[] {0}, new int[] {}));
        assertThrows(IllegalArgumentException.class, () -> new GridLayout(two, new int[] {0}, new int[] {2}));
    }

    /**
     * A literal port of the reference code's {@code Discretizer.get_index} for one state: clip, scale by
     * the range, multiply by (buckets − 1), round half to even, then Σ idx · offset with
     * offset[a] = Π_{b&gt;a} n_b, for the row dims and the column dims.
     */
    static final class ReferenceDiscretizer {
        private final double[] minPoints;
        private final double[] maxPoints;
        private final double[] buckets;
        private final double[] range;
        private final int[] rowDims;
        private final int[] colDims;
        private final int[] rowOffset;
        private final int[] colOffset;

        ReferenceDiscretizer(double[] minPoints, double[] maxPoints, int[] buckets, int[] rowDims, int[] colDims) {
            this.minPoints = minPoints;
            this.maxPoints = maxPoints;
            this.buckets = new double[buckets.length];
            this.range = new double[buckets.length];
            for (int d = 0; d < buckets.length; d++) {
                this.buckets[d] = buckets[d];
                this.range[d] = maxPoints[d] - minPoints[d];
            }
            this.rowDims = rowDims;
            this.colDims = colDims;
            this.rowOffset = offsets(buckets, rowDims);
            this.colOffset = offsets(buckets, colDims);
        }

        private static int[] offsets(int[] nStates, int[] dims) {
            int[] offset = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                int product = 1;
                for (int b = i + 1; b < dims.length; b++) {
                    product *= nStates[dims[b]];
                }
                offset[i] = product;
            }
            return offset;
        }

        int[] index(double[] stateIn) {
            double[] state = new double[stateIn.length];
            int[] idx = new int[stateIn.length];
            for (int d = 0; d < state.length; d++) {
                state[d] = Math.min(Math.max(stateIn[d], minPoints[d]), maxPoints[d]); // np.clip
                double scaling = (state[d] - minPoints[d]) / range[d];
                idx[d] = (int) Math.rint(scaling * (buckets[d] - 1));              // np.round(...).astype(int)
            }
            int row = 0;
            for (int a = 0; a < rowDims.length; a++) {
                row += idx[rowDims[a]] * rowOffset[a];
            }
            int col = 0;
            for (int a = 0; a < colDims.length; a++) {
                col += idx[colDims[a]] * colOffset[a];
            }
            return new int[] {row, col};
        }
    }
}
