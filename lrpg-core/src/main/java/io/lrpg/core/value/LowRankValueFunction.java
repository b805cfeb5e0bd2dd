package io.lrpg.core.value;

import io.lrpg.core.discretize.CellKeys;
import io.lrpg.core.discretize.StateIndexer;
import io.lrpg.core.lowrank.LowRankAdam;
import io.lrpg.core.lowrank.LowRankGradient;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.random.RandomGenerator;

/**
 * The LRPG critic (docs/paper.md §1.1, §1.3): V(s) = [L_V R_Vᵀ]_{i'(s), j'(s)} on its own grid, fitted to
 * Monte-Carlo returns by one Adam step per episode on
 * <pre>
 *   ℒ = (1/B) Σ_t (V(s_t) − G_t)²
 *   h_t = ∂ℒ/∂V_t = 2 (V_t − G_t) / B
 *   ∂ℒ/∂L_V[i, :] = Σ_{t: i_t = i} h_t R_V[j_t, :],   ∂ℒ/∂R_V[j, :] = Σ_{t: j_t = j} h_t L_V[i_t, :]
 * </pre>
 * with the gradient at the old values and L_V, R_V updated jointly. The gradient costs O(B·k); the Adam
 * step is dense (reference) or row-sparse ({@link io.lrpg.core.optim.AdamMode}). The trainer's
 * {@link #update(EpisodeBuffer, double[], double[])} computes V_t, h_t and the gradient in one pass over
 * the episode (V_t is what h_t needs) and reports the V_t as they were before the step.
 *
 * <p><b>Step keys.</b> The critic's key is its own grid's cell (i', j') ({@link CellKeys}). It reads the
 * episode's step keys when the policy wrote them on an equal grid (acrobot and Goddard in the paper), and
 * otherwise computes the cells from the observations, once per step, in {@link #values} and the updates.
 *
 * <p>{@link #value}, {@link #values}, {@link #computeGradient} and {@link #update} allocate nothing (in
 * steady state: the scratch for cells computed from observations grows with the episode). Not thread-safe.
 */
public final class LowRankValueFunction extends FactoredValueFunction {

    private final LowRankValueSettings settings;
    private final StateIndexer indexer;
    private final CellKeys cellKeys;
    private final LowRankMatrix matrix;
    private final LowRankGradient gradient;
    private final LowRankAdam optimizer;

    private LowRankValueFunction(LowRankValueSettings settings, LowRankMatrix matrix) {
        if (matrix.rows() != settings.grid().rows() || matrix.columns() != settings.grid().columns()
                || matrix.rank() != settings.rank()) {
            throw new IllegalArgumentException("value matrix must be " + settings.grid().rows() + "×"
                    + settings.grid().columns() + " of rank " + settings.rank());
        }
        this.settings = settings;
        this.indexer = settings.grid().indexer();
        this.cellKeys = new CellKeys(indexer);
        this.matrix = matrix;
        this.optimizer = new LowRankAdam(settings.adam(), settings.adamMode(), matrix);
        this.gradient = optimizer.newGradient();
    }

    /**
     * A freshly initialized critic: L_V then R_V drawn from {@code initialization} as in
     * {@link LowRankMatrix#gaussian}.
     */
    public static LowRankValueFunction create(LowRankValueSettings settings, RandomGenerator initialization) {
        return new LowRankValueFunction(settings, LowRankMatrix.gaussian(settings.grid().rows(),
                settings.grid().columns(), settings.rank(), settings.initScale(), initialization));
    }

    /** A critic with the given factors, owned by it from now on. */
    public static LowRankValueFunction withParameters(LowRankValueSettings settings, LowRankMatrix matrix) {
        return new LowRankValueFunction(settings, matrix);
    }

    @Override
    public double value(double[] observation) {
        return matrix.get(indexer.row(observation), indexer.column(observation));
    }

    @Override
    protected int[] keys(EpisodeBuffer episode) {
        return cellKeys.cells(episode.keys()); // (i'_t, j'_t) at [2t], [2t + 1]
    }

    @Override
    protected void entries(int[] cells, int length, double[] out) {
        matrix.entries(cells, length, out);    // V_t = X_V[i'_t, j'_t]
    }

    /** V_t, h_t = 2 (V_t − G_t) / B and the factor gradient in one pass ({@link LowRankGradient#accumulateResiduals}). */
    @Override
    protected void valuesAndGradient(int[] cells, double[] returns, double scale, int length, double[] values) {
        gradient.accumulateResiduals(matrix, cells, returns, scale, length, values);
    }

    @Override
    protected void clearGradient() {
        gradient.clear();
    }

    /** ∂ℒ/∂L_V[i, :] = Σ_{t: i_t = i} h_t R_V[j_t, :], ∂ℒ/∂R_V[j, :] = Σ_{t: j_t = j} h_t L_V[i_t, :]. */
    @Override
    protected void accumulate(int[] cells, double[] h, int length) {
        gradient.accumulate(matrix, cells, h, length);
    }

    @Override
    protected void step() {
        optimizer.step(gradient);
    }

    /** (N' + M')·k. */
    @Override
    public int parameterCount() {
        return matrix.parameterCount();
    }

    /** The settings. */
    public LowRankValueSettings settings() {
        return settings;
    }

    /** The critic grid's indexer. */
    public StateIndexer indexer() {
        return indexer;
    }

    /** The factors L_V, R_V (live). */
    public LowRankMatrix matrix() {
        return matrix;
    }

    /** ∂ℒ/∂L_V, ∂ℒ/∂R_V from the last {@link #computeGradient} or {@link #update}. */
    public LowRankGradient gradient() {
        return gradient;
    }
}
