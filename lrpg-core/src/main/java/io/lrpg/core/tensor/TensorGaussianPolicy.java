package io.lrpg.core.tensor;

import io.lrpg.core.discretize.ModeIndexer;
import io.lrpg.core.discretize.ModeKeys;
import io.lrpg.core.optim.Adam;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.GaussianLoss;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.RememberedMean;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.StepKeys;
import io.lrpg.core.train.TrainablePolicy;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A Gaussian policy over a scalar action whose mean is an entry of a CP (PARAFAC) tensor with one mode per state
 * dimension (docs/paper.md §4.2), the tensor generalization of
 * {@link io.lrpg.core.policy.LowRankGaussianPolicy}:
 * <pre>
 *   π(a | s) = 𝒩(a; μ(s), σ²),   μ(s) = f(z(s)),   z(s) = X_μ[i₁(s), …, i_D(s)] = Σ_r Π_d U_d[i_d(s), r]
 *   log σ = log σ₀, one learned scalar
 * </pre>
 * with f a {@link MeanTransform} and i_d(s) the actor grid's index of state component d ({@link ModeIndexer}).
 *
 * <p><b>Update.</b> {@link #update} takes one Adam step on
 * <pre>
 *   ℒ = (1/B) Σ_t −A_t log 𝒩(a_t; μ_t, σ²)
 * </pre>
 * jointly over U₁, …, U_D and log σ₀, with the gradient taken at the old values:
 * <pre>
 *   d_t = a_t − μ_t
 *   g_t = ∂ℒ/∂z_t      = −A_t d_t / (σ² B) · f'(z_t)
 *   h_t = ∂ℒ/∂log σ    = −A_t (d_t²/σ² − 1) / B
 *   ∂ℒ/∂U_d[j, r] = Σ_{t: i_{t,d} = j} g_t Π_{e≠d} U_e[i_{t,e}, r]      ({@link CpGradient})
 *   ∂ℒ/∂log σ₀   = Σ_t h_t
 * </pre>
 * These are the matrix policy's formulas with the two factors replaced by D; with D = 2 every operation is the
 * matrix policy's, in the same order, so the two give the same bits (checked by a test over training runs). The
 * gradient costs O(B·D·k); the factors' optimizer is dense or row-sparse Adam ({@link CpAdam}); log σ₀ always
 * uses dense {@link Adam}.
 *
 * <p><b>Actions.</b> {@link #sampleAction} draws a = μ + σ ξ with ξ = {@code noise.nextGaussian()}, one draw per
 * call, then clamps it to {@link ActionBounds}; the returned action is stored and scored. σ = e^{log σ₀} is
 * computed once per change of log σ₀.
 *
 * <p><b>Step keys.</b> The policy's key is the tuple (i₁, …, i_D), width D, in the key space of its
 * {@link ModeIndexer} ({@link ModeKeys}). While the trainer acts,
 * {@link #sampleAction(double[], RandomGenerator, StepKeys)} writes it into the episode and looks the mean up from
 * it; the update reads it back, or computes it from the observations when the episode has no keys of this grid.
 *
 * <p>{@link #sampleAction}, {@link #mean}, {@link #computeGradient} and {@link #update} allocate nothing (in steady
 * state: the scratch for indices computed from observations grows with the episode). Not thread-safe: one policy
 * per run.
 */
public final class TensorGaussianPolicy implements TrainablePolicy {

    private final TensorPolicySettings settings;
    private final ModeIndexer indexer;
    private final ModeKeys modeKeys;
    private final MeanTransform transform;
    private final RememberedMean actingMean; // f(z) while acting, evaluated once per run of equal z
    private final ActionBounds bounds;
    private final boolean bounded;

    private final CpTensor mean;
    private final CpGradient meanGradient;
    private final CpAdam meanOptimizer;

    private final double[] logStd = new double[1];
    private final double[] logStdGradient = new double[1];
    private final Adam logStdOptimizer;
    private double scalarStd; // e^{log σ₀}, kept equal to Math.exp(logStd[0]) by setLogStdValue

    private final int[] index; // the indices of one state, for calls without step keys
    // per-step scratch of the gradient, grown with the episode: z_t, μ_t, g_t
    private double[] z = new double[0];
    private double[] mu = new double[0];
    private double[] g = new double[0];

    private TensorGaussianPolicy(TensorPolicySettings settings, CpTensor mean, double logStd) {
        this.settings = settings;
        this.indexer = new ModeIndexer(settings.axes());
        this.modeKeys = new ModeKeys(indexer);
        this.transform = settings.meanTransform();
        this.actingMean = new RememberedMean(transform);
        this.bounds = settings.actionBounds();
        this.bounded = bounds.isBounded();
        if (mean == null || !Arrays.equals(mean.sizes(), indexer.sizes()) || mean.rank() != settings.rank()) {
            throw new IllegalArgumentException("mean tensor must be " + Arrays.toString(indexer.sizes()) + " of rank "
                    + settings.rank());
        }
        this.mean = mean;
        this.meanOptimizer = new CpAdam(settings.adam(), settings.adamMode(), mean);
        this.meanGradient = meanOptimizer.newGradient();
        setLogStd(logStd);
        this.logStdOptimizer = new Adam(settings.adam(), 1);
        this.index = new int[indexer.modes()];
    }

    /**
     * A freshly initialized policy: U₁, …, U_D drawn from {@code initialization} mode by mode, row by row, each
     * entry {@code initScale · nextGaussian()} ({@link CpTensor#gaussian}); log σ₀ = {@code initialLogStd}.
     */
    public static TensorGaussianPolicy create(TensorPolicySettings settings, RandomGenerator initialization) {
        int[] sizes = new ModeIndexer(settings.axes()).sizes();
        return new TensorGaussianPolicy(settings,
                CpTensor.gaussian(sizes, settings.rank(), settings.initScale(), initialization),
                settings.initialLogStd());
    }

    /**
     * A policy with given parameter values (e.g. loaded from a checkpoint).
     *
     * @param mean   the mean factors, shaped by the settings' axes and rank; owned by the policy from now on
     * @param logStd log σ₀
     */
    public static TensorGaussianPolicy withParameters(TensorPolicySettings settings, CpTensor mean, double logStd) {
        return new TensorGaussianPolicy(settings, mean, logStd);
    }

    @Override
    public double sampleAction(double[] observation, RandomGenerator noise) {
        indexer.indices(observation, index, 0);
        return draw(index, 0, noise);
    }

    /** {@link #sampleAction(double[], RandomGenerator)}, and writes the indices of s as the step's key. */
    @Override
    public double sampleAction(double[] observation, RandomGenerator noise, StepKeys keys) {
        int at = modeKeys.write(keys, observation);
        return draw(keys.array(), at, noise);
    }

    private double draw(int[] indices, int offset, RandomGenerator noise) {
        // a = clamp(f(X_μ[i]) + σ · ξ),  ξ ~ 𝒩(0, 1); the clamp is the identity when unbounded
        double mu = actingMean.apply(mean.get(indices, offset));
        double a = mu + scalarStd * noise.nextGaussian();
        return bounded ? bounds.clamp(a) : a;
    }

    /** μ(s) = f(z(s)); {@code observation} is read, not kept. */
    public double mean(double[] observation) {
        indexer.indices(observation, index, 0);
        return transform.apply(mean.get(index, 0));
    }

    /** log σ₀, the learned scalar (the same for every state). */
    public double logStd() {
        return logStd[0];
    }

    /**
     * log 𝒩(a; μ(s), σ²) = −d²/(2σ²) − log σ − ½ log 2π, d = a − μ(s).
     *
     * @param observation (input) s; not modified
     */
    public double logProbability(double[] observation, double action) {
        return GaussianLoss.logDensity(action, mean(observation), logStd[0]);
    }

    /**
     * Computes ∂ℒ/∂θ of the episode's loss at the current parameters into {@link #meanGradient()} and
     * {@link #logStdGradient()}, without changing the parameters. {@link #update} calls it; tests call it to
     * inspect the gradient. O(B·D·k).
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
        int[] indices = modeKeys.indices(episode.keys()); // (i_{t,1}, …, i_{t,D}) at [t·D …]
        mean.entries(indices, length, z);                 // z_t = X_μ[i_t]
        double[] means = transform.means(z, length, mu); // μ_t = f(z_t): z itself for the identity
        // g_t = ∂ℒ/∂z_t and ∂ℒ/∂log σ₀ = Σ_t h_t (GaussianLoss, scalar σ)
        double logStdSum = GaussianLoss.gradients(z, means, episode.actions(), advantages, length, logStd[0], null,
                transform, g, null);
        meanGradient.accumulate(mean, indices, g, length); // ∂ℒ/∂U_d from the g_t
        logStdGradient[0] = logStdSum;
    }

    private void ensureScratch(int length) {
        if (z.length < length) {
            z = new double[length];
            mu = new double[length];
            g = new double[length];
        }
    }

    /** One joint Adam step on {U₁, …, U_D, log σ₀} at the gradient of {@link #computeGradient}. */
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
    }

    /** k·Σ_d n_d for μ, plus 1 for log σ₀. */
    @Override
    public int parameterCount() {
        return mean.parameterCount() + 1;
    }

    /** The settings. */
    public TensorPolicySettings settings() {
        return settings;
    }

    /** The actor grid's indexer. */
    public ModeIndexer indexer() {
        return indexer;
    }

    /** The mean's factors U₁, …, U_D (live). */
    public CpTensor meanTensor() {
        return mean;
    }

    /** ∂ℒ/∂U_d from the last {@link #computeGradient} or {@link #update}. */
    public CpGradient meanGradient() {
        return meanGradient;
    }

    /** ∂ℒ/∂log σ₀ from the last {@link #computeGradient} or {@link #update}. */
    public double logStdGradient() {
        return logStdGradient[0];
    }

    /** Overwrites log σ₀ (for checkpoints and tests). */
    public void setLogStd(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("log σ must be finite, was " + value);
        }
        setLogStdValue(value);
    }

    /** log σ₀ ← value, and the σ that acting uses with it. */
    private void setLogStdValue(double value) {
        logStd[0] = value;
        scalarStd = Math.exp(value);
    }
}
