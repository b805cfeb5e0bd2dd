package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class NeuralValueFunctionTest {

    private static final int INPUTS = 4;
    private static final int HIDDEN = 6;
    private static final int STEPS = 15;

    /** ℒ = (1/B) Σ_t (V(s_t) − G_t)², evaluated in plain Java from the weight snapshot. */
    private static double loss(NeuralValueFunction critic, EpisodeBuffer episode, double[] returns) {
        double[] s = new double[INPUTS];
        double sum = 0.0;
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            double e = critic.value(s) - returns[t];
            sum += e * e;
        }
        return sum / episode.length();
    }

    @Test
    void lossGradientMatchesCentralDifferences() {
        RandomStreams streams = RandomStreams.fromSeed(37);
        NeuralValueFunction critic = NeuralBaseline.create(
                new NetworkSettings(INPUTS, HIDDEN, 1e-3, 1e-3, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED), streams.initialization())
                .critic();
        RandomGenerator random = streams.environment();
        EpisodeBuffer episode = new EpisodeBuffer(INPUTS, STEPS);
        double[] s = new double[INPUTS];
        double[] returns = new double[STEPS];
        for (int t = 0; t < STEPS; t++) {
            for (int d = 0; d < INPUTS; d++) {
                s[d] = random.nextDouble(-1.0, 1.0);
            }
            episode.add(s, 0.0, 0.0);
            returns[t] = random.nextDouble(-3.0, 3.0);
        }
        double[] analytic = new double[critic.numParams()];
        critic.gradient(episode, returns, analytic);

        Head network = critic.network();
        double h = 1e-6;
        double[] theta = network.parameters();
        for (int k = 0; k < theta.length; k++) {
            double saved = theta[k];
            theta[k] = saved + h;
            network.setParameters(theta);
            double plus = loss(critic, episode, returns);
            theta[k] = saved - h;
            network.setParameters(theta);
            double minus = loss(critic, episode, returns);
            theta[k] = saved;
            double numeric = (plus - minus) / (2.0 * h);
            int index = k;
            assertEquals(numeric, analytic[k], 1e-7 * Math.max(1.0, Math.abs(numeric)), () -> "∂ℒ/∂θ[" + index + "]");
        }
    }

    @Test
    void valuesEqualSingleValues() {
        RandomStreams streams = RandomStreams.fromSeed(41);
        NeuralValueFunction critic = NeuralBaseline.create(Shapes.ACROBOT, streams.initialization())
                .critic();
        EpisodeBuffer episode = new EpisodeBuffer(4, 2);
        double[][] states = {{0.1, -0.2, 0.3, 0.4}, {-1.0, 0.5, 0.0, 2.0}, {0.0, 0.0, 0.0, 0.0}};
        for (double[] s : states) {
            episode.add(s, 0.0, 0.0);
        }
        double[] values = new double[3];
        critic.values(episode, values);
        double[] dl4j = new double[3];
        critic.network().networkOutputs(episode.observations(), 3, dl4j);
        for (int t = 0; t < 3; t++) {
            assertEquals(dl4j[t], values[t], 1e-12);
            assertEquals(values[t], critic.value(states[t]), 0.0);
        }
    }
}
