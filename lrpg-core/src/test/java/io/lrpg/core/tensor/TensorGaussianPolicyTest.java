package io.lrpg.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.FiniteDifferences;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tensor actor's and critic's gradients against central differences of their losses, evaluated directly from
 * the log-density and the values (every factor entry of every mode, and log σ), on a three-mode grid.
 */
class TensorGaussianPolicyTest {

    private static final List<Axis> AXES = List.of(new Axis(-1, 1, 3), new Axis(-2, 2, 4), new Axis(0, 1, 2));
    private static final int K = 2;
    private static final int B = 25;

    private static TensorPolicySettings settings(MeanTransform transform, ActionBounds bounds, AdamMode mode) {
        return new TensorPolicySettings(AXES, K, AdamSettings.withLearningRate(0.01), mode, 1.0, transform, bounds,
                0.3);
    }

    private static TensorGaussianPolicy policy(MeanTransform transform, ActionBounds bounds, long seed) {
        return TensorGaussianPolicy.create(settings(transform, bounds, AdamMode.DENSE), new SplittableRandom(seed));
    }

    /** An episode of B random states, actions sampled from the policy, and random advantages. */
    private static EpisodeBuffer episode(TensorGaussianPolicy policy, double[] advantages, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        EpisodeBuffer episode = new EpisodeBuffer(3, 4);
        for (int t = 0; t < B; t++) {
            double[] s = {random.nextDouble(-1.2, 1.2), random.nextDouble(-2.5, 2.5), random.nextDouble()};
            episode.add(s, policy.sampleAction(s, random), 0.0);
            advantages[t] = random.nextDouble(-2, 2);
        }
        return episode;
    }

    /** ℒ = (1/B) Σ_t −A_t log π(a_t | s_t), from the log-density. */
    private static double loss(TensorGaussianPolicy policy, EpisodeBuffer episode, double[] advantages) {
        double[] s = new double[3];
        double sum = 0.0;
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            sum += -advantages[t] * policy.logProbability(s, episode.action(t));
        }
        return sum / episode.length();
    }

    @ParameterizedTest
    @CsvSource({"IDENTITY, UNBOUNDED", "SIGMOID, UNIT"})
    void analyticGradientMatchesCentralDifferences(MeanTransform transform, String boundsName) {
        ActionBounds bounds = boundsName.equals("UNIT") ? ActionBounds.UNIT : ActionBounds.UNBOUNDED;
        TensorGaussianPolicy policy = policy(transform, bounds, 21);
        double[] advantages = new double[B];
        EpisodeBuffer episode = episode(policy, advantages, 22);
        policy.computeGradient(episode, advantages);
        double h = 1e-6;
        CpTensor mean = policy.meanTensor();
        for (int d = 0; d < AXES.size(); d++) {
            int mode = d;
            FiniteDifferences.check("∂ℒ/∂U_" + d, mean.factor(d), n -> policy.meanGradient().get(mode, n / K, n % K),
                    () -> loss(policy, episode, advantages), h, 1e-7, 1e-6);
        }
        double logStd = policy.logStd();
        policy.setLogStd(logStd + h);
        double plus = loss(policy, episode, advantages);
        policy.setLogStd(logStd - h);
        double minus = loss(policy, episode, advantages);
        policy.setLogStd(logStd);
        assertEquals((plus - minus) / (2 * h), policy.logStdGradient(), 1e-7, "∂ℒ/∂log σ₀");
    }

    @Test
    void boundedPolicyReturnsTheClampedSampleAndUnboundedTheRawOne() {
        TensorGaussianPolicy bounded = policy(MeanTransform.SIGMOID, ActionBounds.UNIT, 3);
        TensorGaussianPolicy raw = policy(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, 3);
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
        double z = bounded.meanTensor().get(new int[] {AXES.get(0).index(0.2), AXES.get(1).index(-0.7),
            AXES.get(2).index(0.9)}, 0);
        assertEquals(1.0 / (1.0 + Math.exp(-z)), bounded.mean(s), 1e-15);
    }

    @Test
    void countsParametersIncludingLogStd() {
        assertEquals((3 + 4 + 2) * K + 1, policy(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, 1).parameterCount());
    }

    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void updateMovesParametersAgainstTheGradient(AdamMode mode) {
        TensorGaussianPolicy policy = TensorGaussianPolicy.create(
                settings(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, mode), new SplittableRandom(8));
        double[] advantages = new double[B];
        EpisodeBuffer episode = episode(policy, advantages, 9);
        double before = loss(policy, episode, advantages);
        policy.update(episode, advantages);
        assertTrue(loss(policy, episode, advantages) < before);
    }

    @Test
    void rejectsMismatchedParametersAndSettings() {
        TensorPolicySettings s = settings(MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE);
        assertThrows(IllegalArgumentException.class,
                () -> TensorGaussianPolicy.withParameters(s, new CpTensor(new int[] {3, 4}, K), 0.0));
        assertThrows(IllegalArgumentException.class,
                () -> TensorGaussianPolicy.withParameters(s, new CpTensor(new int[] {3, 4, 2}, K + 1), 0.0));
        assertThrows(IllegalArgumentException.class,
                () -> TensorGaussianPolicy.withParameters(s, new CpTensor(new int[] {3, 4, 2}, K), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TensorPolicySettings(AXES, 0,
                AdamSettings.withLearningRate(0.01), AdamMode.DENSE, 1.0, MeanTransform.IDENTITY,
                ActionBounds.UNBOUNDED, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TensorPolicySettings(List.of(), 2,
                AdamSettings.withLearningRate(0.01), AdamMode.DENSE, 1.0, MeanTransform.IDENTITY,
                ActionBounds.UNBOUNDED, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TensorPolicySettings(AXES, 2,
                AdamSettings.withLearningRate(0.01), AdamMode.DENSE, -0.1, MeanTransform.IDENTITY,
                ActionBounds.UNBOUNDED, 1.0));
    }

    /** ℒ_V = (1/B) Σ_t (V(s_t) − G_t)², from the values. */
    private static double criticLoss(TensorValueFunction critic, EpisodeBuffer episode, double[] returns) {
        double[] s = new double[3];
        double sum = 0.0;
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            double e = critic.value(s) - returns[t];
            sum += e * e;
        }
        return sum / episode.length();
    }

    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void criticGradientMatchesCentralDifferencesAndTheStepDescends(AdamMode mode) {
        SplittableRandom random = new SplittableRandom(31);
        TensorValueFunction critic = TensorValueFunction.create(
                new TensorValueSettings(AXES, 3, AdamSettings.withLearningRate(0.05), mode, 1.0), random);
        EpisodeBuffer episode = new EpisodeBuffer(3, 4);
        double[] returns = new double[30];
        for (int t = 0; t < returns.length; t++) {
            episode.add(new double[] {random.nextDouble(-1.5, 1.5), random.nextDouble(-3, 3), random.nextDouble()},
                    0.0, 0.0);
            returns[t] = random.nextDouble(-3, 3);
        }
        double[] values = new double[returns.length];
        critic.values(episode, values);
        double[] s = new double[3];
        for (int t = 0; t < returns.length; t++) {
            episode.observation(t, s);
            assertEquals(critic.value(s), values[t], 0.0);
        }
        critic.computeGradient(episode, returns);
        for (int d = 0; d < AXES.size(); d++) {
            int m = d;
            FiniteDifferences.check("∂ℒ/∂U_" + d, critic.tensor().factor(d),
                    n -> critic.gradient().get(m, n / 3, n % 3), () -> criticLoss(critic, episode, returns), 1e-6,
                    1e-7, 1e-6);
        }
        double before = criticLoss(critic, episode, returns);
        critic.update(episode, returns);
        assertTrue(criticLoss(critic, episode, returns) < before);
        assertEquals((3 + 4 + 2) * 3, critic.parameterCount());
    }
}
