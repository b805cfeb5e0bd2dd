package io.lrpg.core.policy;

import io.lrpg.core.discretize.CellKeys;
import io.lrpg.core.discretize.StateIndexer;
import io.lrpg.core.lowrank.LowRankAdam;
import io.lrpg.core.lowrank.LowRankGradient;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.optim.Adam;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.StepKeys;
import io.lrpg.core.train.TrainablePolicy;
import java.util.random.RandomGenerator;

/**
 * The LRPG actor (docs/paper.md §1.1–§1.6): a Gaussian policy over a scalar action whose mean is an entry of a
 * low-rank matrix indexed by the discretized state,
 * <pre>
 *   π(a | s) = 𝒩(a; μ(s), σ(s)²),   μ(s) = f(z(s)),   z(s) = [L_μ R_μᵀ]_{i(s), j(s)}
 *   log σ(s) = log σ₀                                   ({@link StdMode#SCALAR}, the reference)
 *   log σ(s) = log σ₀ + [L_σ R_σᵀ]_{i(s), j(s)}          ({@link StdMode#PER_STATE})
 * </pre>
 * with f a {@link MeanTransform} and (i, j) the actor grid's cell.
 *
 * <p><b>Update.</b> {@link #update} takes one Adam step on
 * <pre>
 *   ℒ = (1/B) Σ_t −A_t log 𝒩(a_t; μ_t, σ_t²)
 * </pre>
 * jointly over all parameters, with the gradient taken at the old values (docs/paper.md §1.4):
 * <pre>
 *   d_t = a_t − μ_t
 *   g_t = ∂ℒ/∂z_t       = −A_t d_t / (σ_t² B) · f'(z_t)
 *   h_t = ∂ℒ/∂log σ_t   = −A_t (d_t²/σ_t² − 1) / B
 *   ∂ℒ/∂L_μ[i, :] = Σ_{t: i_t = i} g_t R_μ[j_t, :],   ∂ℒ/∂R_μ[j, :] = Σ_{t: j_t = j} g_t L_μ[i_t, :]
 *   ∂ℒ/∂log σ₀   = Σ_t h_t,   and likewise h_t for L_σ, R_σ in the per-state mode
 * </pre>
 * The gradient computation costs O(B·k). The factors' optimizer is dense or row-sparse Adam
 * ({@link io.lrpg.core.optim.AdamMode}); the scalar log σ₀ always uses dense {@link Adam} (it always has a
 * gradient, and PyTorch's SparseAdam does not take dense parameters).
 *
 * <p><b>Actions.</b> {@link #sampleAction} draws a = μ + σ ξ with ξ = {@code noise.nextGaussian()}, one
 * draw per call, then clamps it to {@link ActionBounds} (the identity when unbounded). The returned action
 * is what the trainer stores and what the update scores. In the scalar mode σ = e^{log σ₀} is computed
 * once per change of log σ₀, not per action.
 *
 * <p><b>Step keys.</b> The policy's key is the actor cell (i, j) ({@link CellKeys}). While the trainer
 * acts, {@link #sampleAction(double[], RandomGenerator, StepKeys)} writes it into the episode; the update
 * reads it back, or computes it from the observations when the episode has no actor keys of this grid.
 *
 * <p>{@link #sampleAction}, {@link #mean}, {@link #computeGradient} and {@link #update} allocate
 * nothing (in steady state: the scratch for cells computed from observations grows with the episode).
 * Not thread-safe: one policy per run.
 */
public final class LowRankGaussianPolicy implements TrainablePolicy {

    private final LowRankPolicySettings settings;
    private final StateIndexer indexer;
    private final CellKeys cellKeys;
    private final MeanTransform transform;
    private final RememberedMean actingMean; // f(z) while acting, evaluated once per run of equal z
    private final ActionBounds bounds;
    private final boolean bounded;
    private final boolean perState;

    private final LowRankMatrix mean;
    private final LowRankGradient meanGradient;
    private final LowRankAdam meanOptimizer;

    private final double[] logStd = new double[1];
    private final double[] logStdGradient = new double[1];
    private final Adam logStdOptimizer;
    private double scalarStd; // e^{log σ₀}, kept equal to Math.exp(logStd[0]) by setLogStdValue

    // per-step scratch of the gradient, grown with the episode: z_t, μ_t, g_t, h_t, [L_σ R_σᵀ]_t
    private double[] z = new double[0];
    private double[] mu = new double[0];
    private double[] g = new double[0];
    private double[] hs = new double[0];
    private double[] stdEntries = new double[0];

    private final LowRankMatrix std;           // per-state mode only
    private final LowRankGradient stdGradient; // per-state mode only
    private final LowRankAdam stdOptimizer;    // per-state mode only

    private LowRankGaussianPolicy(LowRankPolicySettings settings, LowRankMatrix mean, double logStd,
            LowRankMatrix std) {
        this.settings = settings;
        this.indexer = settings.grid().indexer();
        this.cellKeys = new CellKeys(indexer);
        this.transform = settings.meanTransform();
        this.actingMean = new RememberedMean(transform);
        this.bounds = settings.actionBounds();
        this.bounded = bounds.isBounded();
        this.perState = settings.stdMode() == StdMode.PER_STATE;
        checkShape("mean", mean, settings);
        this.mean = mean;
        this.meanOptimizer = new LowRankAdam(settings.adam(), settings.adamMode(), mean);
        this.meanGradient = meanOptimizer.newGradient();
        setLogStdValue(logStd);
        this.logStdOptimizer = new Adam(settings.adam(), 1);
        if (perState) {
            checkShape("std", std, settings);
            this.std = std;
            this.stdOptimizer = new LowRankAdam(settings.adam(), settings.adamMode(), std);
            this.stdGradient = stdOptimizer.newGradient();
        } else {
            this.std = null;
            this.stdGradient = null;
            this.stdOptimizer = null;
        }
    }

    /**
     * A freshly initialized policy. Draws from {@code initialization}, in this order: L_μ then R_μ
     * ({@link LowRankMatrix#gaussian}, scale {@code initScale}); in the per-state mode then L_σ (R_σ = 0 is
     * not drawn). log σ₀ = {@code initialLogStd}.
     */
    public static LowRankGaussianPolicy create(LowRankPolicySettings settings, RandomGenerator initialization) {
        int n = settings.grid().rows();
        int m = settings.grid().columns();
        LowRankMatrix mean = LowRankMatrix.gaussian(n, m, settings.rank(), settings.initScale(), initialization);
        LowRankMatrix std = null;
        if (settings.stdMode() == StdMode.PER_STATE) {
            std = new LowRankMatrix(n, m, settings.rank());
            std.fillLeftGaussian(settings.initScale(), initialization);
        }
        return new LowRankGaussianPolicy(settings, mean, settings.initialLogStd(), std);
    }

    /**
     * A scalar-σ policy with given parameter values (e.g. loaded from a checkpoint or a reference file).
     *
     * @param mean   the mean factors, shaped by the settings' grid and rank; owned by the policy from now on
     * @param logStd log σ₀
     */
    public static LowRankGaussianPolicy withParameters(LowRankPolicySettings settings, LowRankMatrix mean,
            double logStd) {
        if (settings.stdMode() != StdMode.SCALAR) {
            throw new IllegalArgumentException("the per-state mode needs the σ factors too");
        }
        return new LowRankGaussianPolicy(settings, mean, logStd, null);
    }

    /**
     * A per-state-σ policy with given parameter values; the matrices are owned by the policy from now on.
     */
    public static LowRankGaussianPolicy withParameters(LowRankPolicySettings settings, LowRankMatrix mean,
            double logStd, LowRankMatrix std) {
        if (settings.stdMode() != StdMode.PER_STATE) {
            throw new IllegalArgumentException("σ factors given to a " + settings.stdMode() + " policy");
        }
        return new LowRankGaussianPolicy(settings, mean, logStd, std);
    }

    private static void checkShape(String name, LowRankMatrix x, LowRankPolicySettings s) {
        if (x == null || x.rows() != s.grid().rows() || x.columns() != s.grid().columns() || x.rank() != s.rank()) {
            throw new IllegalArgumentException(name + " matrix must be " + s.grid().rows() + "×"
                    + s.grid().columns() + " of rank " + s.rank());
        }
    }

    @Override
    public double sampleAction(double[] observation, RandomGenerator noise) {
        return draw(indexer.row(observation), indexer.column(observation), noise);
    }

    /** {@link #sampleAction(double[], RandomGenerator)}, and writes the actor cell of s as the step's key. */
    @Override
    public double sampleAction(double[] observation, RandomGenerator noise, StepKeys keys) {
        int i = indexer.row(observation);
        int j = indexer.column(observation);
        cellKeys.write(keys, i, j);
        return draw(i, j, noise);
    }

    private double draw(int i, int j, RandomGenerator noise) {
        // a = clamp(f(z_ij) + σ_ij · ξ),  ξ ~ 𝒩(0, 1); the clamp is the identity when unbounded
        double mu = actingMean.apply(mean.get(i, j));
        double sigma = perState ? Math.exp(logStdAt(i, j)) : scalarStd;
        double a = mu + sigma * noise.nextGaussian();
        return bounded ? bounds.clamp(a) : a;
    }

    /** μ(s) = f(z(s)); {@code observation} is read, not kept. */
    public double mean(double[] observation) {
        return transform.apply(mean.get(indexer.row(observation), indexer.column(observation)));
    }

    /** log σ(s); equal to {@link #logStd()} for every state in the scalar mode. */
    public double logStd(double[] observation) {
        return logStdAt(indexer.row(observation), indexer.column(observation));
    }

    /** log σ₀, the learned scalar. */
    public double logStd() {
        return logStd[0];
    }

    /**
     * log 𝒩(a; μ(s), σ(s)²) = −d²/(2σ²) − log σ − ½ log 2π, d = a − μ(s).
     *
     * @param observation (input) s; not modified
     */
    public double logProbability(double[] observation, double action) {
        int i = indexer.row(observation);
        int j = indexer.column(observation);
        return GaussianLoss.logDensity(action, transform.apply(mean.get(i, j)), logStdAt(i, j));
    }

    /**
     * Computes ∂ℒ/∂θ of the episode's loss at the current parameters into this policy's gradient buffers
     * ({@link #meanGradient()}, {@link #logStdGradient()}, {@link #stdGradient()}), without changing the
     * parameters. {@link #update} calls it; tests call it to inspect the gradient. O(B·k).
     *
     * @param episode    (input) B transitions, a_t as returned by {@link #sampleAction}
     * @param advantages (input) A_t for t &lt; B; not modified
     */
    public void computeGradient(EpisodeBuffer episode, double[] advantages) {
        int length = episode.length();
        if (advantages.length < length) {
            throw new IllegalArgumentException("need " + length + " advantages, got " + advantages.length);
        }
        ensureScratch(length);
        meanGradient.clear();
        logStdGradient[0] = 0.0;
        if (perState) {
            stdGradient.clear();
        }
        int[] cells = cellKeys.cells(episode.keys()); // (i_t, j_t) at [2t], [2t + 1]
        mean.entries(cells, length, z);               // z_t = [L_μ R_μᵀ]_{i_t, j_t}
        if (perState) {
            std.entries(cells, length, stdEntries);   // [L_σ R_σᵀ]_{i_t, j_t}
        }
        double[] means = transform.means(z, length, mu); // μ_t = f(z_t): z itself for the identity
        // g_t = ∂ℒ/∂z_t, h_t = ∂ℒ/∂log σ_t and ∂ℒ/∂log σ₀ = Σ_t h_t (GaussianLoss)
        double logStdSum = GaussianLoss.gradients(z, means, episode.actions(), advantages, length, logStd[0],
                perState ? stdEntries : null, transform, g, perState ? hs : null);
        meanGradient.accumulate(mean, cells, g, length);    // ∂ℒ/∂L_μ, ∂ℒ/∂R_μ from the g_t
        if (perState) {
            stdGradient.accumulate(std, cells, hs, length); // ∂ℒ/∂L_σ, ∂ℒ/∂R_σ from the h_t
        }
        logStdGradient[0] = logStdSum;
    }

    private void ensureScratch(int length) {
        if (z.length < length) {
            z = new double[length];
            mu = new double[length];
            g = new double[length];
            hs = new double[length];
            stdEntries = new double[length];
        }
    }

    /** One joint Adam step on {L_μ, R_μ, log σ₀ [, L_σ, R_σ]} at the gradient of {@link #computeGradient}. */
    @Override
    public void update(EpisodeBuffer episode, double[] advantages) {
        if (episode.length() == 0) {
            return;
        }
        computeGradient(episode, advantages);
        meanOptimizer.step(meanGradient);
        logStdOptimizer.begin();
        logStdOptimizer.update(logStd, 0, logStdGradient, 0, 0, 1);
        setLogStdValue(logStd[0]);
        if (perState) {
            stdOptimizer.step(stdGradient);
        }
    }

    /** (N + M)·k for μ, plus 1 for log σ₀, plus (N + M)·k for σ in the per-state mode. */
    @Override
    public int parameterCount() {
        return mean.parameterCount() + 1 + (perState ? std.parameterCount() : 0);
    }

    /** The settings. */
    public LowRankPolicySettings settings() {
        return settings;
    }

    /** The actor grid's indexer. */
    public StateIndexer indexer() {
        return indexer;
    }

    /** The mean's factors L_μ, R_μ (live). */
    public LowRankMatrix meanMatrix() {
        return mean;
    }

    /** The per-state log σ factors L_σ, R_σ (live). */
    public LowRankMatrix stdMatrix() {
        requirePerState();
        return std;
    }

    /** ∂ℒ/∂L_μ, ∂ℒ/∂R_μ from the last {@link #computeGradient} or {@link #update}. */
    public LowRankGradient meanGradient() {
        return meanGradient;
    }

    /** ∂ℒ/∂log σ₀ from the last {@link #computeGradient} or {@link #update}. */
    public double logStdGradient() {
        return logStdGradient[0];
    }

    /** ∂ℒ/∂L_σ, ∂ℒ/∂R_σ from the last {@link #computeGradient} or {@link #update} (per-state mode). */
    public LowRankGradient stdGradient() {
        requirePerState();
        return stdGradient;
    }

    /** Overwrites log σ₀ (for checkpoints and tests). */
    public void setLogStd(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("log σ must be finite, was " + value);
        }
        setLogStdValue(value);
    }

    /** log σ₀ ← value, and the scalar σ that acting uses with it. */
    private void setLogStdValue(double value) {
        logStd[0] = value;
        scalarStd = Math.exp(value);
    }

    private double logStdAt(int i, int j) {
        return perState ? logStd[0] + std.get(i, j) : logStd[0];
    }

    private void requirePerState() {
        if (!perState) {
            throw new IllegalStateException("the policy has a scalar σ");
        }
    }
}
