package io.lrpg.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainablePolicy;
import io.lrpg.core.train.TrainableValueFunction;
import io.lrpg.core.train.TrainerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {

    /** A random walk that ends when |x| ≥ 1; the reward is −|x|. */
    private static final class Walk implements Environment {
        private final RandomGenerator random;
        private double x;
        private boolean running;

        Walk(RandomGenerator random) {
            this.random = random;
        }

        @Override
        public Box observationSpace() {
            return Box.uniform(1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        @Override
        public Box actionSpace() {
            return Box.uniform(1, -1, 1);
        }

        @Override
        public double[] reset() {
            x = random.nextDouble(-0.1, 0.1);
            running = true;
            return new double[] {x};
        }

        @Override
        public Step step(double[] action) {
            if (!running) {
                throw new IllegalStateException("not running");
            }
            x += 0.1 * Math.max(-1, Math.min(1, action[0]));
            running = Math.abs(x) < 1;
            return new Step(new double[] {x}, -Math.abs(x), !running, false);
        }
    }

    /** A policy N(θ·s, 1) with a one-parameter SGD update, enough to consume random draws. */
    private static final class LinearPolicy implements TrainablePolicy, TrainableValueFunction {
        private double theta;

        LinearPolicy(RandomGenerator init) {
            theta = init.nextGaussian();
        }

        @Override
        public double sampleAction(double[] observation, RandomGenerator noise) {
            return theta * observation[0] + noise.nextGaussian();
        }

        @Override
        public void update(EpisodeBuffer episode, double[] advantages) {
            theta += 1e-3 * advantages[0];
        }

        @Override
        public double value(double[] observation) {
            return 0;
        }

        @Override
        public void values(EpisodeBuffer episode, double[] out) {
            java.util.Arrays.fill(out, 0, episode.length(), 0.0);
        }

        @Override
        public int parameterCount() {
            return 1;
        }
    }

    private static final RunTrainer TRAINER = (spec, onEpisode) -> {
        RandomStreams streams = RandomStreams.fromSeed(spec.seed());
        LinearPolicy model = new LinearPolicy(streams.initialization());
        return new PolicyGradientTrainer(new TrainerSettings(0.9, 30, 50), 1)
                .train(new Walk(streams.environment()), model, model, streams.policy(), onEpisode);
    };

    private static List<RunSpec> specs(int runs) {
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            specs.add(new RunSpec("walk", "linear", r, RunSpec.seedOf(100, r)));
        }
        return specs;
    }

    @Test
    void resultsDoNotDependOnTheNumberOfWorkers() {
        List<RunResult> serial = new ExperimentRunner(1).run(specs(6), TRAINER, ExperimentRunner.SILENT);
        List<RunResult> parallel = new ExperimentRunner(3).run(specs(6), TRAINER, ExperimentRunner.SILENT);
        for (int r = 0; r < 6; r++) {
            assertEquals(r, parallel.get(r).spec().run());
            assertEquals(serial.get(r).curve(), parallel.get(r).curve());
        }
        assertFalse(serial.get(0).curve().equals(serial.get(1).curve()), "different seeds gave equal runs");
    }

    @Test
    void aFailingRunFailsTheExperiment() {
        RunTrainer failing = (spec, onEpisode) -> {
            if (spec.run() == 2) {
                throw new IllegalArgumentException("boom");
            }
            return TRAINER.train(spec, onEpisode);
        };
        assertThrows(IllegalArgumentException.class,
                () -> new ExperimentRunner(2).run(specs(4), failing, ExperimentRunner.SILENT));
    }

    @Test
    void csvRowsRoundTripExactly(@TempDir Path folder) throws IOException {
        List<RunResult> results = new ExperimentRunner(2).run(specs(2), TRAINER, ExperimentRunner.SILENT);
        Path csv = folder.resolve("episodes.csv");
        EpisodesCsv.write(csv, results);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(EpisodesCsv.HEADER, lines.get(0));
        assertEquals(1 + 2 * 30, lines.size());
        String[] row = lines.get(31).split(",");
        LearningCurve second = results.get(1).curve();
        assertEquals("1", row[2]);
        assertEquals(Long.toString(RunSpec.seedOf(100, 1)), row[3]);
        assertEquals("0", row[4]);
        assertEquals(second.returns()[0], Double.parseDouble(row[5]));
        assertEquals(second.lengths()[0], Integer.parseInt(row[6]));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void aFailedWriteLeavesTheTargetUntouched(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(java.io.UncheckedIOException.class, () -> AtomicFiles.write(target, writer -> {
            writer.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.allMatch(target::equals), "a temporary file was left behind");
        }
    }
}
