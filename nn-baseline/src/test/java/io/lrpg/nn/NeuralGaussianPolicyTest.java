package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NeuralGaussianPolicyTest {

    private static final int INPUTS = 3;
    private static final int HIDDEN = 8;
    private static final int STEPS = 12;

    /** An episode with random observations and, for the action, a draw of the policy itself. */
    private static EpisodeBuffer episode(NeuralGaussianPolicy policy, RandomGenerator random) {
        EpisodeBuffer episode = new EpisodeBuffer(INPUTS, 4);
        double[] s = new double[INPUTS];
        for (int t = 0; t < STEPS; t++) {
            for (int d = 0; d < INPUTS; d++) {
                s[d] = random.nextDouble(-1.5, 1.5);
            }
            episode.add(s, policy.sampleAction(s, random), 0.0);
        }
        episode.finish(true, false);
        return episode;
    }

    /** ℒ = (1/B) Σ_t −A_t log 𝒩(a_t; μ(s_t), σ²), evaluated in plain Java from the weight snapshot. */
    private static double loss(NeuralGaussianPolicy policy, EpisodeBuffer episode, double[] advantages) {
        double logStd = Math.log(policy.standardDeviation());
        double variance = Math.exp(2.0 * logStd);
        double[] s = new double[INPUTS];
        double sum = 0.0;
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            double d = episode.action(t) - policy.mean(s);
            double logDensity = -d * d / (2.0 * variance) - logStd - 0.5 * Math.log(2.0 * Math.PI);
            sum += -advantages[t] * logDensity;
        }
        return sum / episode.length();
    }

    @ParameterizedTest
    @EnumSource(MeanTransform.class)
    void lossGradientMatchesCentralDifferences(MeanTransform transform) {
        RandomStreams streams = RandomStreams.fromSeed(23);
        NeuralGaussianPolicy policy = NeuralBaseline.create(
                new NetworkSettings(INPUTS, HIDDEN, 1e-3, 1e-3, transform, ActionBounds.UNBOUNDED), streams.initialization()).actor();
        double[] start = policy.parameters();
        start[start.length - 1] = -0.3; // σ ≈ 0.74, so that the sigmoid-mean actions are not all clamped
        policy.setParameters(start);
        EpisodeBuffer episode = episode(policy, streams.policy());
        double[] advantages = new double[STEPS];
        for (int t = 0; t < STEPS; t++) {
            advantages[t] = streams.policy().nextDouble(-2.0, 2.0);
        }
        double[] analytic = new double[policy.parameterCount()];
        policy.gradient(episode, advantages, analytic);

        double h = 1e-6;
        double[] theta = policy.parameters();
        for (int k = 0; k < theta.length; k++) {
            double saved = theta[k];
            theta[k] = saved + h;
            policy.setParameters(theta);
            double plus = loss(policy, episode, advantages);
            theta[k] = saved - h;
            policy.setParameters(theta);
            double minus = loss(policy, episode, advantages);
            theta[k] = saved;
            double numeric = (plus - minus) / (2.0 * h);
            int index = k;
            assertEquals(numeric, analytic[k], 1e-7 * Math.max(1.0, Math.abs(numeric)),
                    () -> transform + ": ∂ℒ/∂θ[" + index + "]" + (index == theta.length - 1 ? " (log σ)" : ""));
        }
    }

    @Test
    void logStdStartsAtOneAndTakesAnAdamStep() {
        RandomStreams streams = RandomStreams.fromSeed(29);
        NeuralGaussianPolicy policy = NeuralBaseline.create(
                new NetworkSettings(INPUTS, HIDDEN, 1e-2, 1e-2, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED), streams.initialization())
                .actor();
        assertEquals(Math.E, policy.standardDeviation(), 1e-15);
        EpisodeBuffer episode = episode(policy, streams.policy());
        double[] advantages = new double[STEPS];
        java.util.Arrays.fill(advantages, 1.0);
        double[] gradient = new double[policy.parameterCount()];
        policy.gradient(episode, advantages, gradient);
        double g = gradient[gradient.length - 1];
        policy.update(episode, advantages);
        // first PyTorch Adam step: log σ ← log σ − α g / (|g| + ε)
        assertEquals(1.0 - 1e-2 * g / (Math.abs(g) + 1e-8), Math.log(policy.standardDeviation()), 1e-15);
    }

    @Test
    void sigmoidMeanActionsAreClampedToTheUnitInterval() {
        RandomStreams streams = RandomStreams.fromSeed(31);
        NeuralGaussianPolicy policy = NeuralBaseline.create(Shapes.GODDARD, streams.initialization())
                .actor();
        double[] s = {0.01, 1.0, 0.9};
        int atBounds = 0;
        for (int n = 0; n < 1000; n++) {
            double a = policy.sampleAction(s, streams.policy());
            assertTrue(a >= 0.0 && a <= 1.0, "action " + a + " outside [0, 1]");
            if (a == 0.0 || a == 1.0) {
                atBounds++;
            }
        }
        // σ = e: most raw samples fall outside [0, 1] and are clamped onto its ends
        assertTrue(atBounds > 500, "only " + atBounds + " of 1000 samples were clamped");
    }
}
