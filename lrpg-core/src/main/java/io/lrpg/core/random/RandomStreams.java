package io.lrpg.core.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The independent random streams of one run, all split from one seed.
 *
 * <p>A root {@code L64X128MixRandom} generator is created from the seed and split once per stream, in
 * the order of the components. New streams must be appended at the end so that existing ones keep
 * their values. Nothing in this project draws from any other generator.
 *
 * @param initialization draws the initial model parameters
 * @param environment    draws the environment's initial states
 * @param policy         draws the action noise
 */
public record RandomStreams(RandomGenerator initialization, RandomGenerator environment, RandomGenerator policy) {

    /** The algorithm every stream uses. */
    public static final String ALGORITHM = "L64X128MixRandom";

    /** The streams of the run with the given seed. */
    public static RandomStreams fromSeed(long seed) {
        SplittableGenerator root = RandomGeneratorFactory.<SplittableGenerator>of(ALGORITHM).create(seed);
        return new RandomStreams(root.split(), root.split(), root.split());
    }
}
