package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void matchesNumpyPercentileBitForBit() {
        Reference ref = Reference.load();
        // same operation order as numpy's _lerp, so no tolerance; the "lerp" set has q where a one-branch
        // interpolation a + (b − a)·g would differ from numpy in the last bit
        for (String set : new String[] {"percentile", "percentile.lerp"}) {
            double[] data = ref.values(set + ".data");
            double[] qs = ref.values(set + ".q");
            double[] expected = ref.values(set + ".result");
            for (int i = 0; i < qs.length; i++) {
                assertEquals(expected[i], Quantiles.percentile(data, qs[i]), 0, set + " q = " + qs[i]);
            }
        }
    }

    @Test
    void weightedPercentileEqualsPercentileOfTheExpandedMultiset() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 500; trial++) {
            int items = 1 + random.nextInt(8);
            double[] values = new double[items];
            int[] weights = new int[items];
            int total = 0;
            for (int i = 0; i < items; i++) {
                values[i] = random.nextInt(4) + (random.nextBoolean() ? 0 : random.nextDouble());
                weights[i] = random.nextInt(4);
                total += weights[i];
            }
            if (total == 0) {
                continue;
            }
            double[] expanded = new double[total];
            int k = 0;
            for (int i = 0; i < items; i++) {
                for (int c = 0; c < weights[i]; c++) {
                    expanded[k++] = values[i];
                }
            }
            int[] order = new int[items];
            for (int i = 0; i < items; i++) {
                order[i] = i;
            }
            Sample.sortByValue(order, 0, items, values);
            double q = random.nextInt(5) == 0 ? 50 : 100 * random.nextDouble();
            Arrays.sort(expanded);
            assertEquals(Quantiles.ofSorted(expanded, 0, total, q),
                    Quantiles.ofWeighted(order, 0, items, values, weights, total, q), 0, "trial " + trial);
        }
    }

    @Test
    void rejectsEmptyNonFiniteAndOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.percentile(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.percentile(new double[] {1, Double.NaN}, 50));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.percentile(new double[] {1}, 100.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.percentile(new double[] {1}, -1));
    }
}
