package io.lrpg.core.train;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * REINFORCE with a learned state-value baseline, one update per episode: the algorithm of the reference
 * code of Rozada and Marques (docs/paper.md §1.3), shared by every function approximator.
 *
 * <p>For each episode:
 * <ol>
 *   <li>collect (s_t, a_t, r_t) with a_t ~ π_θ(· | s_t) until the environment ends the episode or T
 *       steps have been taken (the terminal transition is kept);</li>
 *   <li>G_t = r_t + γ G_{t+1} (Monte-Carlo, no bootstrap at the horizon);</li>
 *   <li>one optimizer step of the critic on (1/B) Σ (V_w(s_t) − G_t)², which also reports V_w(s_t) as it
 *       was before the step;</li>
 *   <li>A_t = G_t − V_w(s_t), with those values (V_w before this update), held constant;</li>
 *   <li>one optimizer step of the actor on (1/B) Σ −A_t log π_θ(a_t | s_t).</li>
 * </ol>
 * The actor's step reads nothing of the critic but the A_t, so stepping the critic first is the same
 * update as stepping it last. The logged quantity is the undiscounted return Σ_t r_t of the training
 * episode itself.
 *
 * <p>While acting, the policy may keep each step's parameter lookup key (the low-rank policy's grid cell)
 * in the episode buffer, so that the updates do not compute it again ({@link StepKeys}).
 *
 * <p>The trainer owns the loop and the scratch arrays; models and environment never see each other.
 * It is not thread-safe: parallel runs use one trainer each.
 */
public final class PolicyGradientTrainer {

    private final TrainerSettings settings;
    private final EpisodeBuffer episode;
    private final double[] action = new double[1];
    private double[] returns;
    private double[] baseline;
    private double[] advantages;

    /**
     * @param settings            γ, E and T
     * @param observationDimension the length of the environment's observations
     */
    public PolicyGradientTrainer(TrainerSettings settings, int observationDimension) {
        this.settings = settings;
        int capacity = Math.min(settings.maxStepsPerEpisode(), 1 << 16);
        this.episode = new EpisodeBuffer(observationDimension, capacity);
        this.returns = new double[capacity];
        this.baseline = new double[capacity];
        this.advantages = new double[capacity];
    }

    /** The settings this trainer runs with. */
    public TrainerSettings settings() {
        return settings;
    }

    /**
     * Trains {@code actor} and {@code critic} for E episodes.
     *
     * @param environment the environment; its own generator draws the initial states
     * @param actor       the policy, updated in place
     * @param critic      the baseline, updated in place
     * @param noise       the action-noise stream
     * @param onEpisode   called after every episode's update (for progress); may be a no-op
     * @return the per-episode returns and lengths
     */
    public LearningCurve train(Environment environment, TrainablePolicy actor, TrainableValueFunction critic,
            RandomGenerator noise, Consumer<EpisodeRecord> onEpisode) {
        if (environment.actionSpace().dimension() != 1) {
            throw new IllegalArgumentException(
                    "the trainer handles scalar actions, the environment has " + environment.actionSpace().dimension());
        }
        LearningCurve.Recorder curve = new LearningCurve.Recorder(settings.episodes());
        for (int e = 0; e < settings.episodes(); e++) {
            EpisodeRecord record = trainOneEpisode(e, environment, actor, critic, noise);
            curve.record(record);
            onEpisode.accept(record);
            if (!Double.isFinite(record.totalReward())) {
                return curve.finish(true);
            }
        }
        return curve.finish(false);
    }

    /** Collects one episode and applies one actor and one critic update; returns its record. */
    public EpisodeRecord trainOneEpisode(int index, Environment environment, TrainablePolicy actor,
            TrainableValueFunction critic, RandomGenerator noise) {
        collect(environment, actor, noise);
        int length = episode.length();
        ensureCapacity(length);

        Returns.discounted(episode.rewards(), length, settings.discount(), returns); // G_t
        critic.update(episode, returns, baseline);                 // descend (1/B) Σ (V(s_t) − G_t)², V before it
        Returns.advantages(returns, baseline, length, advantages); // A_t = G_t − V(s_t)
        actor.update(episode, advantages);                         // descend (1/B) Σ −A_t log π(a_t | s_t)

        return new EpisodeRecord(index, episode.totalReward(), length, episode.terminated(), episode.truncated());
    }

    /** The buffer holding the most recent episode (read-only by contract). */
    public EpisodeBuffer lastEpisode() {
        return episode;
    }

    private void collect(Environment environment, TrainablePolicy actor, RandomGenerator noise) {
        episode.clear();
        double[] observation = environment.reset();
        for (int t = 0; t < settings.maxStepsPerEpisode(); t++) {
            double a = actor.sampleAction(observation, noise, episode.keys()); // a_t ~ π(· | s_t); keeps s_t's key
            action[0] = a;
            Step step = environment.step(action);
            episode.add(observation, a, step.reward());
            if (step.isLast()) {
                episode.finish(step.terminated(), step.truncated());
                return;
            }
            observation = step.observation();
        }
        episode.finish(false, true); // the horizon T cut the episode
    }

    private void ensureCapacity(int length) {
        if (returns.length < length) {
            returns = new double[length];
            baseline = new double[length];
            advantages = new double[length];
        }
    }
}
