package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.value.LowRankValueFunction;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.Models;
import io.lrpg.nn.NeuralGaussianPolicy;
import io.lrpg.results.ModelParameters.NamedArray;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The rebuilt functions equal the real models' on random states, for models built by {@link Models#build} (random
 * parameters) and read back from the arrays {@link Models.Built#parameters()} stores: the network's z through
 * {@link ReluNetwork} against {@code NeuralGaussianPolicy.mean} and {@code NeuralValueFunction.value}, the low-rank
 * z through {@link LowRankFunction} against {@code LowRankGaussianPolicy.mean} and
 * {@code LowRankValueFunction.value}. The end-of-training case is in {@link TrainedRunRebuildTest}.
 */
class RebuildTest {

    private static final int STATES = 2000;

    /** Random states over twice the paper grid's ranges (so also outside them). */
    static double[][] states(Preset preset, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        var axes = preset.lowRank().actorGrid().axes();
        double[][] states = new double[STATES][axes.size()];
        for (double[] s : states) {
            for (int d = 0; d < s.length; d++) {
                double mid = 0.5 * (axes.get(d).low() + axes.get(d).high());
                double half = axes.get(d).high() - axes.get(d).low();
                s[d] = mid + half * (2 * random.nextDouble() - 1);
            }
        }
        return states;
    }

    @Test
    void theNetworkEqualsTheRealModel() {
        for (Preset preset : PaperPresets.all()) {
            Models.Built built = Models.build(preset, ModelKind.NN, RandomStreams.fromSeed(17,
                    ModelKind.NN.streamFamily()));
            Map<String, NamedArray> stored = built.parameters();
            int inputs = preset.network().inputs();
            int hidden = preset.network().hidden();
            ReluNetwork mean = new ReluNetwork(inputs, hidden, stored.get("actor.theta").values());
            ReluNetwork value = new ReluNetwork(inputs, hidden, stored.get("critic.theta").values());
            NeuralGaussianPolicy policy = (NeuralGaussianPolicy) built.actor();
            for (double[] s : states(preset, 1)) {
                double expected = policy.mean(s);
                assertEquals(expected, preset.network().meanTransform().apply(mean.at(s)),
                        1e-12 * Math.max(1, Math.abs(expected)), preset.environment() + " mean");
                double v = built.critic().value(s);
                assertEquals(v, value.at(s), 1e-12 * Math.max(1, Math.abs(v)), preset.environment() + " value");
            }
        }
    }

    @Test
    void theLowRankFunctionEqualsTheRealModel() {
        for (Preset preset : PaperPresets.all()) {
            Models.Built built = Models.build(preset, ModelKind.LOWRANK, RandomStreams.fromSeed(23,
                    ModelKind.LOWRANK.streamFamily()));
            Map<String, NamedArray> stored = built.parameters();
            int k = preset.lowRank().rank();
            LowRankFunction mean = new LowRankFunction(matrix(stored, "actor.mean", k),
                    preset.lowRank().actorGrid().indexer());
            LowRankFunction value = new LowRankFunction(matrix(stored, "critic", k),
                    preset.lowRank().criticGrid().indexer());
            LowRankGaussianPolicy policy = (LowRankGaussianPolicy) built.actor();
            LowRankValueFunction critic = (LowRankValueFunction) built.critic();
            for (double[] s : states(preset, 2)) {
                assertEquals(policy.mean(s), preset.lowRank().meanTransform().apply(mean.at(s)), 1e-12,
                        preset.environment() + " mean");
                assertEquals(critic.value(s), value.at(s), 1e-12, preset.environment() + " value");
            }
        }
    }

    private static LowRankMatrix matrix(Map<String, NamedArray> stored, String prefix, int k) {
        NamedArray left = stored.get(prefix + ".left");
        NamedArray right = stored.get(prefix + ".right");
        double[][] l = new double[left.shape()[0]][k];
        double[][] r = new double[right.shape()[0]][k];
        for (int i = 0; i < l.length; i++) {
            System.arraycopy(left.values(), i * k, l[i], 0, k);
        }
        for (int j = 0; j < r.length; j++) {
            System.arraycopy(right.values(), j * k, r[j], 0, k);
        }
        return LowRankMatrix.of(l, r);
    }

    /** On its own grid, the low-rank model's matrix is L Rᵀ itself, entry for entry. */
    @Test
    void onItsOwnGridTheLowRankMatrixIsTheProductOfItsFactors() {
        for (Preset preset : PaperPresets.all()) {
            Models.Built built = Models.build(preset, ModelKind.LOWRANK, RandomStreams.fromSeed(29,
                    ModelKind.LOWRANK.streamFamily()));
            LowRankMatrix x = matrix(built.parameters(), "actor.mean", preset.lowRank().rank());
            StateGrid grid = new StateGrid(preset.lowRank().actorGrid());
            double[] matrix = grid.toMatrix(grid.evaluate(new LowRankFunction(x, grid.layout().indexer())));
            assertEquals(0, java.util.Arrays.compare(x.reconstruct().data, matrix), preset.environment().id());
        }
    }

    @Test
    void theNetworkRejectsMisshapenInput() {
        assertThrows(IllegalArgumentException.class, () -> new ReluNetwork(2, 3, new double[12]));
        ReluNetwork network = new ReluNetwork(2, 3, new double[13]);
        assertThrows(IllegalArgumentException.class, () -> network.at(new double[3]));
    }
}
