package io.lrpg.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic learning curves for the figure tests. */
final class TestCurves {

    private TestCurves() {
    }

    /** 0, 1, …, n − 1. */
    static double[] episodes(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    /**
     * {@code count} noisy rising curves of n episodes with bands, all inside [5, 95]: curve k rises to 40 + 8k with
     * noise of standard deviation 2; its band is the centre ± (3 + |noise|).
     */
    static List<Curve> noisy(int count, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Curve> curves = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double[] x = episodes(n);
            double[] centre = new double[n];
            double[] lower = new double[n];
            double[] upper = new double[n];
            for (int i = 0; i < n; i++) {
                double level = 10 + (30 + 8 * k) * (1 - Math.exp(-i / (n / 10.0)));
                centre[i] = level + 2 * gaussian(random);
                lower[i] = centre[i] - 3 - Math.abs(gaussian(random));
                upper[i] = centre[i] + 3 + Math.abs(gaussian(random));
            }
            curves.add(Curve.of("curve " + k, "curve " + k + " — median of 100 runs; band: 25–75 % of runs", null, x,
                    centre, lower, upper));
        }
        return curves;
    }

    /** A standard normal draw, clipped to ±4 so that the test curves stay in known ranges. */
    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
        return Math.max(-4, Math.min(4, z));
    }
}
