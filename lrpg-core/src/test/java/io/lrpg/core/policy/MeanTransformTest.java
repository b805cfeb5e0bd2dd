package io.lrpg.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batch and remembering forms of f evaluate it once per run of equal z and copy the rest: each μ_t must be the
 * bits of {@link MeanTransform#apply(double)} on z_t, whatever the runs, signed zeros and NaNs.
 */
class MeanTransformTest {

    /** Runs of equal values, alternations, both zeros, NaN, infinities and random values. */
    private static double[] sequence() {
        SplittableRandom random = new SplittableRandom(41);
        double[] z = new double[2_000];
        int t = 0;
        double[] specials = {0.0, -0.0, 0.0, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, -745.2, 745.2, 1e-300, -1e-300};
        for (double s : specials) {
            z[t++] = s;
        }
        while (t < z.length) {
            double v = random.nextDouble(-8, 8);
            int run = 1 + random.nextInt(random.nextBoolean() ? 1 : 25); // single steps and long runs
            for (int r = 0; r < run && t < z.length; r++) {
                z[t++] = v;
            }
            if (t < z.length && random.nextInt(5) == 0) {
                z[t] = z[t - 2]; // an earlier value back again, after another one
                t++;
            }
        }
        return z;
    }

    @Test
    void batchAndRememberedMeansAreTheBitsOfEachApply() {
        double[] z = sequence();
        for (MeanTransform f : MeanTransform.values()) {
            double[] scratch = new double[z.length];
            double[] means = f.means(z, z.length, scratch);
            RememberedMean remembered = new RememberedMean(f);
            double[] batch = new double[z.length];
            f.apply(z, z.length, batch);
            for (int t = 0; t < z.length; t++) {
                long expected = Double.doubleToRawLongBits(f.apply(z[t]));
                assertEquals(expected, Double.doubleToRawLongBits(batch[t]), f + " batch, t = " + t);
                assertEquals(expected, Double.doubleToRawLongBits(means[t]), f + " means, t = " + t);
                assertEquals(expected, Double.doubleToRawLongBits(remembered.apply(z[t])), f + " remembered, t = " + t);
            }
            if (f.isIdentity()) {
                assertSame(z, means, "the identity's means are z itself");
            } else {
                assertSame(scratch, means);
            }
        }
    }
}
