package io.lrpg.report.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times {@link SampleEfficiencyCurves} at the report's size: 100 runs × 30 000 episodes, h = 50 smoothing,
 * ≤ 1 001 points, IQM and median, 1 000 resamples; prints the median of 5 timed repetitions after 2 warm-ups,
 * for the percentile and the BCa band. Not a test (surefire does not run it). Run from the repository root:
 * <pre>
 *   mvn -B -ntp -o -q -pl reports -am test-compile
 *   java -cp reports/target/classes:reports/target/test-classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *       io.lrpg.report.stats.CurveTiming
 * </pre>
 */
public final class CurveTiming {

    private CurveTiming() {
    }

    /** Rising noisy curves: −500 + 400 (1 − e^{−e/5000}) + 30·𝒩(0, 1). */
    static double[][] syntheticRuns(int runs, int episodes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] curves = new double[runs][episodes];
        for (int r = 0; r < runs; r++) {
            for (int e = 0; e < episodes; e++) {
                curves[r][e] = -500 + 400 * (1 - Math.exp(-e / 5000.0)) + 30 * random.nextGaussian();
            }
        }
        return curves;
    }

    public static void main(String[] args) {
        int episodes = 30_000;
        double[][] curves = syntheticRuns(100, episodes, 3);
        CurveSettings curve = new CurveSettings(50, CurveSettings.strideFor(episodes, 1001));
        for (IntervalMethod method : IntervalMethod.values()) {
            BootstrapSettings settings = BootstrapSettings.DEFAULT.withResamples(1000).withMethod(method);
            double[] seconds = new double[7];
            int points = 0;
            for (int rep = 0; rep < seconds.length; rep++) {
                long start = System.nanoTime();
                points = SampleEfficiencyCurves.of(curves, curve, List.of(Aggregate.IQM, Aggregate.MEDIAN), settings,
                        IndexSource.seeded(rep)).get(0).points().size();
                seconds[rep] = (System.nanoTime() - start) / 1e9;
            }
            double[] timed = Arrays.copyOfRange(seconds, 2, seconds.length);
            Arrays.sort(timed);
            System.out.printf(Locale.ROOT, "%s: 100 runs x %d episodes -> %d points, IQM + median, 1000 resamples:"
                    + " median %.2f s (min %.2f, max %.2f)%n", method, episodes, points, timed[2], timed[0], timed[4]);
        }
    }
}
