package io.lrpg.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.FiniteDifferences;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LowRankGaussianPolicyTest {

    private static final GridLayout GRID = new GridLayout(
            List.of(new Axis(-1, 1, 3), new Axis(-2, 2, 2), new Axis(0, 1, 2)), new int[] {0}, new int[] {1, 2});
    private static final int B = 25;

    private static LowRankPolicySettings settings(MeanTransform transform, ActionBounds bounds, StdMode mode) {
        return new LowRankPolicySettings(GRID, 2, AdamSettings.withLearningRate(0.01), AdamMode.DENSE, 1.0,
                transform, bounds, mode, 0.3);
    }

    private static LowRankGaussianPolicy policy(MeanTransform transform, ActionBounds bounds, StdMode mode,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LowRankGaussianPolicy policy = LowRankGaussianPolicy.create(settings(transform, bounds, mode), random);
        if (mode == StdMode.PER_STATE) { // make both σ factors non-zero so that every gradient is exercised
            policy.stdMatrix().fillLeftGaussian(0.4, random);
            policy.stdMatrix().fillRightGaussian(0.4, random);
        }
        return policy;
    }

    /** An episode of B random states, actions sampled from the policy, and random advantages. */
    private static EpisodeBuffer episode(LowRankGaussianPolicy policy, double[] advantages, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        EpisodeBuffer episode = new EpisodeBuffer(3, 4);
        for (int t = 0; t < B; t++) {
            double[] s = {random.nextDouble(-1.2, 1.2), random.nextDouble(-2.5, 2.5), random.nextDouble()};
            episode.add(s, policy.sampleAction(s, random), 0.0);
            advantages[t] = random.nextDouble(-2, 2);
        }
        return episode;
    }

    /** ℒ = (1/B) Σ_t −A_t log π(a_t | s_t), evaluated directly from the log-density. */
    private static double loss(LowRankGaussianPolicy policy, EpisodeBuffer episode, double[] advantages) {
        double[] s = new double[3];
        double sum = 0.0;
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            sum += -advantages[t] * policy.logProbability(s, episode.action(t));
        }
        return sum / episode.length();
    }

    private interface Analytic {
        double at(int n);
    }

    private static void checkAgainstCentralDifferences(String name, double[] parameters, Analytic analytic,
            LowRankGaussianPolicy policy, EpisodeBuffer episode, double[] advantages) {
        FiniteDifferences.check(name, parameters, analytic::at, () -> loss(policy, episode, advantages), 1e-6, 1e-7,
                1e-6);
    }

    @ParameterizedTest
    @CsvSource({"IDENTITY, SCALAR", "SIGMOID, SCALAR", "IDENTITY, PER_STATE", "SIGMOID, PER_STATE"})
    void analyticGradientMatchesCentralDifferences(MeanTransform transform, StdMode mode) {
        ActionBounds bounds = transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED;
        LowRankGaussianPolicy policy = policy(transform, bounds, mode, 21);
        double[] advantages = new double[B];
        EpisodeBuffer episode = episode(policy, advantages, 22);
        policy.computeGradient(episode, advantages);
        int k = 2;

        LowRankMatrix mean = policy.meanMatrix();
        checkAgainstCentralDifferences("∂ℒ/∂L_μ", mean.left().data, n -> policy.meanGradient().left(n / k, n % k),
                policy, episode, advantages);
        checkAgainstCentralDifferences("∂ℒ/∂R_μ", mean.right().data, n -> policy.meanGradient().right(n / k, n % k),
                policy, episode, advantages);
        double[] logStd = {policy.logStd()};
        double h = 1e-6;
        policy.setLogStd(logStd[0] + h);
        double plus = loss(policy, episode, advantages);
        policy.setLogStd(logStd[0] - h);
        double minus = loss(policy, episode, advantages);
        policy.setLogStd(logStd[0]);
        assertEquals((plus - minus) / (2 * h), policy.logStdGradient(), 1e-7, "∂ℒ/∂log σ₀");
        if (mode == StdMode.PER_STATE) {
            LowRankMatrix std = policy.stdMatrix();
            checkAgainstCentralDifferences("∂ℒ/∂L_σ", std.left().data, n -> policy.stdGradient().left(n / k, n % k),
                    policy, episode, advantages);
            checkAgainstCentralDifferences("∂ℒ/∂R_σ", std.right().data,
                    n -> policy.stdGradient().right(n / k, n % k), policy, episode, advantages);
        }
    }

    @Test
    void boundedPolicyReturnsTheClampedSampleAndUnboundedTheRawOne() {
        LowRankGaussianPolicy bounded = policy(MeanTransform.SIGMOID, ActionBounds.UNIT, StdMode.SCALAR, 3);
        LowRankGaussianPolicy raw = policy(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.SCALAR, 3);
        double[] s = {0.2, -0.7, 0.9};
        SplittableRandom noise = new SplittableRandom(4);
        SplittableRandom same = new SplittableRandom(4);
        boolean hitLow = false;
        boolean hitHigh = false;
        for (int n = 0; n < 200; n++) {
            double a = bounded.sampleAction(s, noise);
            double expected = bounded.mean(s) + Math.exp(bounded.logStd()) * same.nextGaussian();
            assertEquals(Math.min(Math.max(expected, 0.0), 1.0), a, 0.0);
            hitLow |= a == 0.0;
            hitHigh |= a == 1.0;
        }
        assertTrue(hitLow && hitHigh, "σ = e^0.3 should push samples past both bounds");
        for (int n = 0; n < 50; n++) {
            double a = raw.sampleAction(s, noise);
            assertEquals(raw.mean(s) + Math.exp(raw.logStd()) * same.nextGaussian(), a, 0.0);
        }
    }

    @Test
    void perStateStdStartsAtTheInitialLogStdEverywhere() {
        LowRankGaussianPolicy policy = LowRankGaussianPolicy.create(
                settings(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.PER_STATE), new SplittableRandom(5));
        assertEquals(0.3, policy.logStd(new double[] {0.9, 1.0, 0.0}), 0.0);
        assertEquals(0.3, policy.logStd(new double[] {-0.9, -1.0, 1.0}), 0.0);
    }

    @Test
    void countsParametersIncludingLogStd() {
        // N = 3, M = 2·2 = 4, k = 2
        assertEquals((3 + 4) * 2 + 1,
                policy(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.SCALAR, 1).parameterCount());
        assertEquals(2 * (3 + 4) * 2 + 1,
                policy(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.PER_STATE, 1).parameterCount());
    }

    @Test
    void updateMovesParametersAgainstTheGradient() {
        LowRankGaussianPolicy policy = policy(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.SCALAR, 8);
        double[] advantages = new double[B];
        EpisodeBuffer episode = episode(policy, advantages, 9);
        double before = loss(policy, episode, advantages);
        policy.update(episode, advantages);
        assertTrue(loss(policy, episode, advantages) < before);
    }

    @Test
    void rejectsMismatchedParameters() {
        LowRankPolicySettings scalar = settings(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.SCALAR);
        assertThrows(IllegalArgumentException.class,
                () -> LowRankGaussianPolicy.withParameters(scalar, new LowRankMatrix(3, 3, 2), 0.0));
        assertThrows(IllegalArgumentException.class, () -> new ActionBounds(1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new LowRankPolicySettings(GRID, 0,
                AdamSettings.withLearningRate(0.01), AdamMode.DENSE, 1.0, MeanTransform.IDENTITY,
                ActionBounds.UNBOUNDED, StdMode.SCALAR, 1.0));
    }
}
