package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
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
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Wall-clock and resident-memory measurement of the neural baseline on {@link StandInEnvironment}s of the
 * paper's shapes (not a unit test). From the repository root:
 * <pre>
 *   mvn -B -ntp -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/nn-cp.txt \
 *       -pl nn-baseline -am
 *   cd nn-baseline
 *   java -Xmx512m -XX:+UseSerialGC -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 -cp target/test-classes:target/classes:$(cat /tmp/nn-cp.txt) \
 *       io.lrpg.nn.NeuralBaselineMeasurement all
 * </pre>
 * Modes: {@code pendulum} (1000 episodes of 100 steps, 2→512→1), {@code goddard} (30 000 episodes of
 * 200 steps, 3→128→1, sigmoid mean), {@code repeat N} (N goddard-shaped runs of 3000 episodes in one JVM),
 * {@code pendulum-repeat N} (N pendulum-shaped runs in one JVM, e.g. to provoke native crashes with
 * {@code -Xmn4m -XX:+UseSerialGC}), {@code pendulum-varying N} (the same with episodes of 5 to 100 steps,
 * so that the batch size changes at every update),
 * {@code all} (pendulum then goddard).
 */
public final class NeuralBaselineMeasurement {

    private NeuralBaselineMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "all";
        long start = System.nanoTime();
        NeuralBaseline.create(Shapes.ACROBOT, RandomStreams.fromSeed(0).initialization()); // loads ND4J
        report("backend load + first networks", System.nanoTime() - start, 0, 0, 0);
        switch (mode) {
            case "pendulum" -> measure("pendulum-shaped", Shapes.PENDULUM, 100, 1000, 250);
            case "goddard" -> measure("goddard-shaped", Shapes.GODDARD, 200, 30_000, 5000);
            case "repeat" -> {
                int runs = Integer.parseInt(args[1]);
                for (int r = 0; r < runs; r++) {
                    measure("goddard-shaped run " + r, Shapes.GODDARD, 200, 3000, 3000);
                }
            }
            case "pendulum-repeat" -> {
                int runs = Integer.parseInt(args[1]);
                for (int r = 0; r < runs; r++) {
                    measure("pendulum-shaped run " + r, Shapes.PENDULUM, 100, 1000, 1000);
                }
            }
            case "pendulum-varying" -> {
                int runs = Integer.parseInt(args[1]);
                for (int r = 0; r < runs; r++) {
                    measure("pendulum-shaped run " + r + " (episodes of 5-100 steps)", Shapes.PENDULUM, 5, 100,
                            1000, 1000);
                }
            }
            case "all" -> {
                measure("pendulum-shaped", Shapes.PENDULUM, 100, 1000, 1000);
                measure("goddard-shaped", Shapes.GODDARD, 200, 30_000, 5000);
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void measure(String name, NetworkSettings settings, int length, int episodes, int every)
            throws IOException {
        measure(name, settings, length, length, episodes, every);
    }

    private static void measure(String name, NetworkSettings settings, int minLength, int length, int episodes,
            int every) throws IOException {
        RandomStreams streams = RandomStreams.fromSeed(42);
        NeuralBaseline baseline = NeuralBaseline.create(settings, streams.initialization());
        TimedPolicy actor = new TimedPolicy(baseline.actor());
        TimedValue critic = new TimedValue(baseline.critic());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(new TrainerSettings(0.99, episodes, length),
                settings.inputs());
        StandInEnvironment environment =
                new StandInEnvironment(settings.inputs(), minLength, length, streams.environment());
        long begin = System.nanoTime();
        LearningCurve curve = trainer.train(environment, actor, critic, streams.policy(), record -> {
            if ((record.episode() + 1) % every == 0) {
                try {
                    System.out.printf(Locale.ROOT, "  %s episode %d: %.2f s, %s%n", name, record.episode() + 1,
                            (System.nanoTime() - begin) * 1e-9, memory());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        long elapsed = System.nanoTime() - begin;
        report(name + " (" + curve.episodes() + " episodes, last return "
                + String.format(Locale.ROOT, "%.3f", curve.returns()[curve.episodes() - 1]) + ")",
                elapsed, episodes, actor.nanos, critic.nanos);
    }

    private static void report(String name, long nanos, int updates, long actorNanos, long criticNanos)
            throws IOException {
        System.out.printf(Locale.ROOT, "%s: %.2f s wall", name, nanos * 1e-9);
        if (updates > 0) {
            System.out.printf(Locale.ROOT, ", actor update %.3f ms, critic update %.3f ms, rest %.3f ms per episode",
                    actorNanos * 1e-6 / updates, criticNanos * 1e-6 / updates,
                    (nanos - actorNanos - criticNanos) * 1e-6 / updates);
        }
        System.out.println(", " + memory());
    }

    private static String memory() throws IOException {
        String rss = "?";
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).trim();
            } else if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).trim();
            }
        }
        return "VmRSS " + rss + ", VmHWM " + hwm;
    }

    private static final class TimedPolicy implements TrainablePolicy {
        private final TrainablePolicy inner;
        private long nanos;

        TimedPolicy(TrainablePolicy inner) {
            this.inner = inner;
        }

        @Override
        public double sampleAction(double[] observation, RandomGenerator noise) {
            return inner.sampleAction(observation, noise);
        }

        @Override
        public void update(EpisodeBuffer episode, double[] advantages) {
            long t = System.nanoTime();
            inner.update(episode, advantages);
            nanos += System.nanoTime() - t;
        }

        @Override
        public int parameterCount() {
            return inner.parameterCount();
        }
    }

    private static final class TimedValue implements TrainableValueFunction {
        private final TrainableValueFunction inner;
        private long nanos;

        TimedValue(TrainableValueFunction inner) {
            this.inner = inner;
        }

        @Override
        public double value(double[] observation) {
            return inner.value(observation);
        }

        @Override
        public void values(EpisodeBuffer episode, double[] out) {
            inner.values(episode, out);
        }

        @Override
        public void update(EpisodeBuffer episode, double[] returns) {
            long t = System.nanoTime();
            inner.update(episode, returns);
            nanos += System.nanoTime() - t;
        }

        @Override
        public int parameterCount() {
            return inner.parameterCount();
        }
    }
}
