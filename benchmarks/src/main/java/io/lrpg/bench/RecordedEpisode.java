package io.lrpg.bench;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.Returns;
import io.lrpg.envs.Environments;

/**
 * A recorded batch of B transitions of a paper environment, the input of the update benchmarks.
 *
 * <p>The transitions are collected from the real environment with a freshly initialized paper LRPG actor
 * (seeded, dense Adam settings; the actor is not trained), acting as the trainer acts: the actor writes
 * each step's cell into the buffer's step keys, so an update reads them as in training (the keys belong to
 * the paper's actor grid, so agents of either Adam mode read them). If the environment ends an
 * episode before B steps, a new one is started and appended, so the batch always holds exactly B real
 * transitions; the cost of an update depends only on B, the shapes and the visited cells, not on where
 * episodes end.
 * The returns are the Monte-Carlo returns G_t of the batch with the paper's γ.
 */
public final class RecordedEpisode {

    private final PaperShape shape;
    private final EpisodeBuffer buffer;
    private final double[] returns;

    private RecordedEpisode(PaperShape shape, EpisodeBuffer buffer, double[] returns) {
        this.shape = shape;
        this.buffer = buffer;
        this.returns = returns;
    }

    /** Records {@link PaperShape#benchmarkEpisodeLength()} transitions of {@code shape}'s environment. */
    public static RecordedEpisode record(PaperShape shape, long seed) {
        return record(shape, shape.benchmarkEpisodeLength(), seed);
    }

    /** Records {@code length} transitions of {@code shape}'s environment. */
    public static RecordedEpisode record(PaperShape shape, int length, long seed) {
        RandomStreams streams = RandomStreams.fromSeed(seed);
        LowRankAgent agent = LowRankAgent.create(shape.lowRankSettings(AdamMode.DENSE), streams.initialization());
        Environment environment = Environments.create(shape.environment(), streams.environment());
        EpisodeBuffer buffer = new EpisodeBuffer(shape.observationDimension(), length);
        double[] action = new double[1];
        double[] observation = environment.reset();
        while (buffer.length() < length) {
            double a = agent.actor().sampleAction(observation, streams.policy(), buffer.keys());
            action[0] = a;
            Step step = environment.step(action);
            buffer.add(observation, a, step.reward());
            observation = step.isLast() ? environment.reset() : step.observation();
        }
        buffer.finish(false, true);
        double[] returns = new double[length];
        Returns.discounted(buffer.rewards(), length, shape.discount(), returns);
        return new RecordedEpisode(shape, buffer, returns);
    }

    /** The shape it was recorded with. */
    public PaperShape shape() {
        return shape;
    }

    /** The transitions (read-only by contract). */
    public EpisodeBuffer buffer() {
        return buffer;
    }

    /** B. */
    public int length() {
        return buffer.length();
    }

    /** A copy of observation s_t. */
    public double[] observation(int t) {
        double[] out = new double[buffer.observationDimension()];
        buffer.observation(t, out);
        return out;
    }

    /** The rewards r_t, a copy of length B. */
    public double[] rewards() {
        return java.util.Arrays.copyOf(buffer.rewards(), buffer.length());
    }

    /** G_t (read-only by contract). */
    public double[] returns() {
        return returns;
    }
}
