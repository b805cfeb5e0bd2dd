package io.lrpg.core.tensor;

import io.lrpg.core.discretize.ModeIndexer;
import io.lrpg.core.discretize.ModeKeys;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.value.FactoredValueFunction;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A value baseline that is an entry of a CP (PARAFAC) tensor on its own grid, one mode per state dimension
 * (docs/paper.md §4.2), the tensor generalization of {@link io.lrpg.core.value.LowRankValueFunction}:
 * V(s) = X_V[i₁(s), …, i_D(s)] = Σ_r Π_d U_d[i_d(s), r], fitted to Monte-Carlo returns by one Adam step per
 * episode on
 * <pre>
 *   ℒ = (1/B) Σ_t (V(s_t) − G_t)²
 *   h_t = ∂ℒ/∂V_t = 2 (V_t − G_t) / B
 *   ∂ℒ/∂U_d[j, r] = Σ_{t: i_{t,d} = j} h_t Π_{e≠d} U_e[i_{t,e}, r]
 * </pre>
 * with the gradient at the old values and all factors updated jointly ({@link CpAdam}, dense or row-sparse). The
 * trainer's {@link #update(EpisodeBuffer, double[], double[])} computes V_t, h_t and the gradient in one pass and
 * reports the V_t as they were before the step ({@link FactoredValueFunction}).
 *
 * <p><b>Step keys.</b> The critic's key is its own grid's index tuple ({@link ModeKeys}). It reads the episode's
 * step keys when the policy wrote them on equal axes, and otherwise computes the indices from the observations,
 * once per step, in {@link #values} and the updates.
 *
 * <p>{@link #value}, {@link #values}, {@link #computeGradient} and {@link #update} allocate nothing (in steady
 * state). Not thread-safe.
 */
public final class TensorValueFunction extends FactoredValueFunction {

    private final TensorValueSettings settings;
    private final ModeIndexer indexer;
    private final ModeKeys modeKeys;
    private final CpTensor tensor;
    private final CpGradient gradient;
    private final CpAdam optimizer;
    private final int[] index; // the indices of one state, for value()

    private TensorValueFunction(TensorValueSettings settings, CpTensor tensor) {
        this.indexer = new ModeIndexer(settings.axes());
        if (!Arrays.equals(tensor.sizes(), indexer.sizes()) || tensor.rank() != settings.rank()) {
            throw new IllegalArgumentException("value tensor must be " + Arrays.toString(indexer.sizes())
                    + " of rank " + settings.rank());
        }
        this.settings = settings;
        this.modeKeys = new ModeKeys(indexer);
        this.tensor = tensor;
        this.optimizer = new CpAdam(settings.adam(), settings.adamMode(), tensor);
        this.gradient = optimizer.newGradient();
        this.index = new int[indexer.modes()];
    }

    /** A freshly initialized critic: U₁, …, U_D drawn from {@code initialization} as in {@link CpTensor#gaussian}. */
    public static TensorValueFunction create(TensorValueSettings settings, RandomGenerator initialization) {
        int[] sizes = new ModeIndexer(settings.axes()).sizes();
        return new TensorValueFunction(settings,
                CpTensor.gaussian(sizes, settings.rank(), settings.initScale(), initialization));
    }

    /** A critic with the given factors, owned by it from now on. */
    public static TensorValueFunction withParameters(TensorValueSettings settings, CpTensor tensor) {
        return new TensorValueFunction(settings, tensor);
    }

    @Override
    public double value(double[] observation) {
        indexer.indices(observation, index, 0);
        return tensor.get(index, 0);
    }

    @Override
    protected int[] keys(EpisodeBuffer episode) {
        return modeKeys.indices(episode.keys()); // (i_{t,1}, …, i_{t,D}) at [t·D …]
    }

    @Override
    protected void entries(int[] indices, int length, double[] out) {
        tensor.entries(indices, length, out);    // V_t = X_V[i_t]
    }

    @Override
    protected void clearGradient() {
        gradient.clear();
    }

    /** ∂ℒ/∂U_d[j, r] = Σ_{t: i_{t,d} = j} h_t Π_{e≠d} U_e[i_{t,e}, r] ({@link CpGradient}). */
    @Override
    protected void accumulate(int[] indices, double[] h, int length) {
        gradient.accumulate(tensor, indices, h, length);
    }

    @Override
    protected void step() {
        optimizer.step(gradient);
    }

    /** k·Σ_d n_d. */
    @Override
    public int parameterCount() {
        return tensor.parameterCount();
    }

    /** The settings. */
    public TensorValueSettings settings() {
        return settings;
    }

    /** The critic grid's indexer. */
    public ModeIndexer indexer() {
        return indexer;
    }

    /** The factors U₁, …, U_D (live). */
    public CpTensor tensor() {
        return tensor;
    }

    /** ∂ℒ/∂U_d from the last {@link #computeGradient} or {@link #update}. */
    public CpGradient gradient() {
        return gradient;
    }
}
