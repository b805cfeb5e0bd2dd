package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.lrpg.cli.Lrpg;
import io.lrpg.core.env.Environment;
import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainablePolicy;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.Models;
import io.lrpg.experiment.Variant;
import io.lrpg.experiment.Variants;
import io.lrpg.nn.NeuralGaussianPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilding from the stored files reproduces the policy at the end of training: short runs are trained with
 * {@code lrpg train} (in-process), read back by {@link StoredRuns#load}, and compared on random states with the live
 * models of the same runs, obtained by replaying {@code Models.train} (same variant, same seed, same streams).
 */
class TrainedRunRebuildTest {

    @TempDir
    Path temp;

    private record Case(EnvironmentId environment, ModelKind model, int episodes) {
    }

    @Test
    void theRebuiltFunctionsAreTheTrainedModels() {
        List<Case> cases = List.of(new Case(EnvironmentId.PENDULUM, ModelKind.NN, 30),
                new Case(EnvironmentId.GODDARD, ModelKind.NN, 4), new Case(EnvironmentId.ACROBOT, ModelKind.NN, 3),
                new Case(EnvironmentId.PENDULUM, ModelKind.LOWRANK, 200),
                new Case(EnvironmentId.GODDARD, ModelKind.LOWRANK, 50),
                new Case(EnvironmentId.ACROBOT, ModelKind.LOWRANK, 20),
                new Case(EnvironmentId.PENDULUM, ModelKind.TENSOR, 200),
                new Case(EnvironmentId.GODDARD, ModelKind.TENSOR, 50),
                new Case(EnvironmentId.ACROBOT, ModelKind.TENSOR, 20));
        long seed = 5;
        for (Case c : cases) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Lrpg.execute(new PrintWriter(out), new PrintWriter(err), "train", "--env",
                    c.environment().id(), "--model", c.model().id(), "--episodes", Integer.toString(c.episodes()),
                    "--seed", Long.toString(seed), "--workers", "1", "--out", temp.toString());
            assertEquals(Lrpg.EXIT_OK, code, out + " " + err);
        }
        List<RebuiltRun> runs = StoredRuns.load(List.of(temp), OptionalInt.empty());
        assertEquals(cases.size(), runs.size());
        for (Case c : cases) {
            Variant variant = Variants.resolve(c.environment(), c.model(),
                    Map.of("episodes", Integer.toString(c.episodes())), Optional.empty());
            RebuiltRun rebuilt = runs.stream().filter(r -> r.run().equals(variant.run(seed))).findFirst()
                    .orElseThrow(() -> new AssertionError("no run " + variant.run(seed) + " in " + runs));
            // replay Models.train to get the live models
            RandomStreams streams = RandomStreams.fromSeed(seed, variant.model().streamFamily());
            Environment environment = Environments.create(variant.environment(), streams.environment());
            Models.Built built = Models.build(variant.settings(), variant.model(), streams);
            new PolicyGradientTrainer(variant.settings().trainer(), environment.observationSpace().dimension())
                    .train(environment, built.actor(), built.critic(), streams.policy(), e -> { });
            int different = 0;
            for (double[] s : RebuildTest.states(PaperPresets.of(c.environment()), 3)) {
                double expected = mean(built.actor(), s);
                assertEquals(expected, rebuilt.policyMean(s), 1e-12 * Math.max(1, Math.abs(expected)),
                        variant + " mean");
                double value = built.critic().value(s);
                assertEquals(value, rebuilt.value().at(s), 1e-12 * Math.max(1, Math.abs(value)), variant + " value");
                different += expected != rebuilt.policyMean(s) ? 1 : 0;
            }
            assertEquals(0, different, variant + ": not even rounding differs");
            assertNotEquals(initialMean(variant, seed), rebuilt.policyMean(new double[c.environment() == EnvironmentId
                    .ACROBOT ? 4 : c.environment() == EnvironmentId.GODDARD ? 3 : 2]), variant + " trained at all");
        }
    }

    private static double mean(TrainablePolicy actor, double[] s) {
        if (actor instanceof io.lrpg.core.tensor.TensorGaussianPolicy t) {
            return t.mean(s);
        }
        return actor instanceof LowRankGaussianPolicy p ? p.mean(s) : ((NeuralGaussianPolicy) actor).mean(s);
    }

    /** μ at the origin of the untrained models of the run. */
    private static double initialMean(Variant variant, long seed) {
        Models.Built fresh = Models.build(variant.settings(), variant.model(),
                RandomStreams.fromSeed(seed, variant.model().streamFamily()));
        int d = variant.settings().lowRank().actorGrid().stateDimension();
        return mean(fresh.actor(), new double[d]);
    }
}
