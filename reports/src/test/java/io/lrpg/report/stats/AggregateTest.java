package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Point estimators against numpy/scipy (reference.py), and the weighted evaluation against expansion. */
class AggregateTest {

    private static final double TOLERANCE = 1e-12;
    private final Reference ref = Reference.load();

    @Test
    void rectangularDataMatchRliableFormulasVerbatim() {
        Sample rect = Sample.of(ref.strata("data.rect"));
        assertEquals(ref.value("point.rect.MEAN"), Aggregate.MEAN.of(rect), TOLERANCE);
        assertEquals(ref.value("point.rect.TASK_MEAN_MEDIAN"), Aggregate.TASK_MEAN_MEDIAN.of(rect), TOLERANCE);
        assertEquals(ref.value("point.rect.IQM"), Aggregate.IQM.of(rect), TOLERANCE);
        assertEquals(ref.value("point.rect.MEDIAN"), Aggregate.MEDIAN.of(rect), TOLERANCE);
        assertEquals(ref.value("point.rect.OPTIMALITY_GAP"), new OptimalityGap(ref.value("param.gamma")).of(rect),
                TOLERANCE);
        assertEquals(ref.value("point.rect.FRACTION_ABOVE"), new FractionAbove(0.5).of(rect), TOLERANCE);
    }

    @Test
    void raggedAndSingleTaskDataMatchNumpy() {
        for (String name : List.of("single", "ragged")) {
            Sample sample = Sample.of(ref.strata("data." + name));
            for (Aggregate a : List.of(Aggregate.MEAN, Aggregate.MEDIAN, Aggregate.IQM)) {
                assertEquals(ref.value("point." + name + "." + a.name()), a.of(sample), TOLERANCE, name + " " + a);
            }
        }
        Sample ragged = Sample.of(ref.strata("data.ragged"));
        assertEquals(ref.value("point.ragged.TASK_MEAN_MEDIAN"), Aggregate.TASK_MEAN_MEDIAN.of(ragged), TOLERANCE);
        assertEquals(ref.value("point.ragged.OPTIMALITY_GAP"), new OptimalityGap(ref.value("param.gamma"))
                .of(ragged), TOLERANCE);
    }

    @Test
    void iqmIsScipyTrimMeanForEverySampleSize() {
        double[] data = ref.values("percentile.data");
        for (int n = 1; n <= 12; n++) {
            assertEquals(ref.value("trim_mean." + n), Aggregate.IQM.of(Arrays.copyOf(data, n)), TOLERANCE, "n = " + n);
        }
    }

    @Test
    void normalizedAggregatesMatchNumpy() {
        double[] bounds = ref.values("param.normalization");
        List<Normalization> perTask = new ArrayList<>();
        for (int m = 0; m < bounds.length / 2; m++) {
            perTask.add(new Normalization(bounds[2 * m], bounds[2 * m + 1]));
        }
        double[][] normalized = Normalization.normalize(ref.strata("data.ragged"), perTask);
        double[][] expected = ref.strata("normalized.ragged");
        for (int m = 0; m < expected.length; m++) {
            assertArrayEquals(expected[m], normalized[m], TOLERANCE);
        }
        Sample sample = Sample.of(normalized);
        assertEquals(ref.value("point.normalized.MEAN"), Aggregate.MEAN.of(sample), TOLERANCE);
        assertEquals(ref.value("point.normalized.IQM"), Aggregate.IQM.of(sample), TOLERANCE);
        assertEquals(ref.value("point.normalized.MEDIAN"), Aggregate.MEDIAN.of(sample), TOLERANCE);
        assertEquals(ref.value("point.normalized.OPTIMALITY_GAP"), new OptimalityGap(1.0).of(sample), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> new Normalization(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Normalization.normalize(normalized, perTask.subList(0, 1)));
    }

    /** Every statistic of a weighted sample equals the statistic of the sample with each run repeated w times. */
    @Test
    void weightedEvaluationEqualsTheExpandedSample() {
        SplittableRandom random = new SplittableRandom(5);
        List<Statistic> statistics = List.of(Aggregate.MEAN, Aggregate.MEDIAN, Aggregate.IQM,
                Aggregate.TASK_MEAN_MEDIAN, new OptimalityGap(0.7), new FractionAbove(0.4));
        for (int trial = 0; trial < 300; trial++) {
            int tasks = 1 + random.nextInt(4);
            double[][] scores = new double[tasks][];
            for (int m = 0; m < tasks; m++) {
                scores[m] = new double[1 + random.nextInt(7)];
                for (int i = 0; i < scores[m].length; i++) {
                    scores[m][i] = random.nextInt(3) + (random.nextBoolean() ? 0.5 : random.nextDouble());
                }
            }
            Sample sample = Sample.of(scores);
            int[] weights = randomWeights(sample, random);
            double[][] expanded = expand(sample, weights, 0, tasks);
            for (Statistic s : statistics) {
                assertEquals(s.of(Sample.of(expanded)), s.evaluate(sample, weights, new double[tasks]), 1e-12,
                        s.label() + " trial " + trial);
            }
            // the pair statistic on X = Y = these scores, weighted independently
            Sample pair = Sample.pair(scores, scores);
            int[] pairWeights = randomWeights(pair, random);
            double expected = ProbabilityOfImprovement.estimate(expand(pair, pairWeights, 0, tasks),
                    expand(pair, pairWeights, tasks, 2 * tasks));
            assertEquals(expected, ProbabilityOfImprovement.STATISTIC.evaluate(pair, pairWeights,
                    new double[2 * tasks]), 1e-15, "P(X > Y) trial " + trial);
        }
    }

    @Test
    void statisticsRejectTheWrongKindOfSample() {
        double[][] x = {{1, 2}};
        assertThrows(IllegalArgumentException.class, () -> Aggregate.IQM.of(Sample.pair(x, x)));
        assertThrows(IllegalArgumentException.class, () -> new FractionAbove(0).of(Sample.pair(x, x)));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityOfImprovement.STATISTIC.of(Sample.of(x)));
        assertThrows(IllegalArgumentException.class, () -> Sample.of(new double[] {1, Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> Sample.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Sample.pair(x, new double[][] {{1}, {2}}));
    }

    /** Random multiplicities, every stratum keeping a positive total. */
    static int[] randomWeights(Sample sample, SplittableRandom random) {
        int[] weights = new int[sample.size()];
        for (int s = 0; s < sample.strata(); s++) {
            int total = 0;
            for (int k = sample.start[s]; k < sample.start[s + 1]; k++) {
                weights[k] = random.nextInt(4);
                total += weights[k];
            }
            if (total == 0) {
                weights[sample.start[s] + random.nextInt(sample.runs(s))] = 1;
            }
        }
        return weights;
    }

    /** Strata from..to−1 of the sample with each run repeated by its weight. */
    static double[][] expand(Sample sample, int[] weights, int from, int to) {
        double[][] out = new double[to - from][];
        for (int s = from; s < to; s++) {
            List<Double> values = new ArrayList<>();
            for (int k = sample.start[s]; k < sample.start[s + 1]; k++) {
                for (int c = 0; c < weights[k]; c++) {
                    values.add(sample.values[k]);
                }
            }
            out[s - from] = values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return out;
    }
}
