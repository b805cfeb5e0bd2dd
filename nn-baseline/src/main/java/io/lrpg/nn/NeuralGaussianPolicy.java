package io.lrpg.nn;

import io.lrpg.core.optim.Adam;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.TrainablePolicy;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The neural baseline's Gaussian policy π(a | s) = 𝒩(a; μ(s), σ²) with μ(s) = f(z(s)), z an MLP
 * (a {@link Head}: a network of its own or half of a {@link FusedActorCritic}), f the {@link MeanTransform},
 * and σ = e^{log σ} one state-independent scalar that starts at log σ = 1 (docs/paper.md §1.6).
 *
 * <p>The update takes one step on ℒ = (1/B) Σ_t −A_t log 𝒩(a_t; μ_t, σ²), whose gradients are
 * (docs/paper.md §1.4), with d_t = a_t − μ_t:
 * <pre>
 *   ∂ℒ/∂z_t   = −A_t · d_t / (σ² B) · f'(z_t)
 *   ∂ℒ/∂log σ = (1/B) Σ_t −A_t (d_t² / σ² − 1)
 * </pre>
 * The network's parameters take one DL4J Adam step at the actor learning rate through the head's
 * {@code fit} with labels [a_t, A_t, σ²] (σ the pre-update value), scored by {@link GaussianPolicyLoss} (a
 * network of its own, whose output layer applies f) or by the actor column of {@link ActorCriticLoss} (the
 * fused network, whose step waits for the critic's labels). log σ takes a core
 * (PyTorch-semantics) {@link Adam} step at the same rate, with μ_t from the weight snapshot. Both gradients
 * use the parameters as they were before the update.
 *
 * <p>{@link #sampleAction} runs no DL4J code: it reads the plain-Java snapshot of the weights, which is
 * refreshed after each update, and allocates nothing. Not thread-safe.
 */
public final class NeuralGaussianPolicy implements TrainablePolicy {

    /** log σ at initialization, as in the reference code. */
    public static final double INITIAL_LOG_STD = 1.0;

    private final Head mean;
    private final MeanTransform transform;
    private final ActionBounds bounds;
    private final double[] logStd = {INITIAL_LOG_STD};
    private final double[] logStdGradient = new double[1];
    private final Adam logStdOptimizer;
    private final double[] observationRow;
    private double[] labels = new double[256 * GaussianPolicyLoss.LABEL_COLUMNS];

    NeuralGaussianPolicy(Head mean, MeanTransform transform, ActionBounds bounds, double learningRate) {
        this.mean = mean;
        this.transform = transform;
        this.bounds = bounds;
        this.logStdOptimizer = new Adam(AdamSettings.withLearningRate(learningRate), 1);
        this.observationRow = new double[mean.inputs()];
    }

    /**
     * a = bound(μ(s) + σ ξ), ξ ~ 𝒩(0, 1) drawn from {@code noise}.
     *
     * @param observation (input) s, of length D; not modified or kept
     */
    @Override
    public double sampleAction(double[] observation, RandomGenerator noise) {
        double mu = mean(observation);
        return bounds.clamp(mu + Math.exp(logStd[0]) * noise.nextGaussian());
    }

    /** μ(s) = f(z(s)) from the weight snapshot; allocates nothing. */
    public double mean(double[] observation) {
        if (observation.length != observationRow.length) {
            throw new IllegalArgumentException(
                    "expected an observation of length " + observationRow.length + ", was " + observation.length);
        }
        return transform.apply(mean.output(observation, 0));
    }

    /** The current σ = e^{log σ}. */
    public double standardDeviation() {
        return Math.exp(logStd[0]);
    }

    @Override
    public void update(EpisodeBuffer episode, double[] advantages) {
        int rows = episode.length();
        prepare(episode, advantages);
        mean.fit(episode.observations(), rows, labels, GaussianPolicyLoss.LABEL_COLUMNS);
        logStdOptimizer.step(logStd, logStdGradient);
    }

    /** The mean network's parameters only (log σ excluded). */
    public int numParams() {
        return mean.numParams();
    }

    /** The mean network's parameters plus log σ. */
    @Override
    public int parameterCount() {
        return mean.numParams() + 1;
    }

    /**
     * ∂ℒ/∂(θ, log σ) as {@link #update} feeds it to the optimizers (for tests).
     *
     * @param gradient (output) the network's gradient in {@link Mlp}'s layout, then ∂ℒ/∂log σ last
     * @return ℒ = (1/B) Σ_t −A_t log 𝒩(a_t; μ_t, σ²) as DL4J scores it
     */
    double gradient(EpisodeBuffer episode, double[] advantages, double[] gradient) {
        prepare(episode, advantages);
        double loss = mean.gradient(episode.observations(), episode.length(), labels,
                GaussianPolicyLoss.LABEL_COLUMNS, gradient);
        gradient[mean.numParams()] = logStdGradient[0];
        return loss;
    }

    /**
     * A copy of (θ, log σ): the mean network's parameters in {@link Mlp}'s layout (θ[j·D + i] = W₁[j, i], then
     * b₁, w₂, b₂), then log σ; for checkpoints and analyses.
     */
    public double[] parameters() {
        double[] theta = mean.parameters();
        double[] all = Arrays.copyOf(theta, theta.length + 1);
        all[theta.length] = logStd[0];
        return all;
    }

    /** Overwrites (θ, log σ) (for tests); keeps the optimizer states. */
    void setParameters(double[] parameters) {
        int n = mean.numParams();
        mean.setParameters(Arrays.copyOf(parameters, n));
        logStd[0] = parameters[n];
    }

    /** The network (for tests). */
    Head network() {
        return mean;
    }

    /**
     * Fills the network's labels [a_t, A_t, σ²] (σ the pre-update value) and ∂ℒ/∂log σ into
     * {@code logStdGradient}, with μ_t from the weight snapshot (the parameters before the update).
     */
    private void prepare(EpisodeBuffer episode, double[] advantages) {
        int rows = episode.length();
        double[] observations = episode.observations();
        double[] actions = episode.actions();
        double variance = Math.exp(2.0 * logStd[0]);
        if (labels.length < rows * GaussianPolicyLoss.LABEL_COLUMNS) {
            labels = new double[Math.max(rows, 2 * labels.length / GaussianPolicyLoss.LABEL_COLUMNS)
                    * GaussianPolicyLoss.LABEL_COLUMNS];
        }
        double logStdSum = 0.0;
        for (int t = 0; t < rows; t++) {
            double d = actions[t] - transform.apply(mean.output(observations, t));
            // ∂ℒ/∂log σ += −A_t (d_t²/σ² − 1)
            logStdSum += -advantages[t] * (d * d / variance - 1.0);
            int row = t * GaussianPolicyLoss.LABEL_COLUMNS;
            labels[row] = actions[t];
            labels[row + 1] = advantages[t];
            labels[row + 2] = variance;
        }
        logStdGradient[0] = logStdSum / rows;
    }
}
