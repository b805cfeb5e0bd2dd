package io.lrpg.core.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The independent random streams of one run, all split from one seed.
 *
 * <p>A root {@code L64X128MixRandom} generator is created from the seed and split in a fixed order. The
 * splits are grouped in <em>families</em> of {@value #FAMILY_WIDTH}: family f owns splits
 * f·{@value #FAMILY_WIDTH} … f·{@value #FAMILY_WIDTH} + {@value #FAMILY_WIDTH} − 1, and its streams are the
 * first splits of its range, in the order of the components (initialization, environment, policy). A caller
 * gives each kind of model its own family (the experiment layer numbers them explicitly, never by enum
 * order), so two models trained with the same seed draw independent streams, while family 0 is exactly
 * {@link #fromSeed(long)}. New streams must be appended at the end of a family (at most
 * {@value #FAMILY_WIDTH} per family) so that existing ones keep their values. Nothing in this project draws
 * from any other generator.
 *
 * @param initialization draws the initial model parameters
 * @param environment    draws the environment's initial states
 * @param policy         draws the action noise
 */
public record RandomStreams(RandomGenerator initialization, RandomGenerator environment, RandomGenerator policy) {

    /** The algorithm every stream uses. */
    public static final String ALGORITHM = "L64X128MixRandom";

    /** Splits reserved per family. */
    public static final int FAMILY_WIDTH = 8;

    /** Families a seed can be split into. */
    public static final int MAX_FAMILIES = 64;

    /** The streams of family 0 of the run with the given seed. */
    public static RandomStreams fromSeed(long seed) {
        return fromSeed(seed, 0);
    }

    /**
     * The streams of family {@code family} of the run with the given seed.
     *
     * @param family 0 ≤ family &lt; {@value #MAX_FAMILIES}
     */
    public static RandomStreams fromSeed(long seed, int family) {
        if (family < 0 || family >= MAX_FAMILIES) {
            throw new IllegalArgumentException("family must be in [0, " + MAX_FAMILIES + "), was " + family);
        }
        SplittableGenerator root = RandomGeneratorFactory.<SplittableGenerator>of(ALGORITHM).create(seed);
        for (int skipped = 0; skipped < family * FAMILY_WIDTH; skipped++) {
            root.split(); // the earlier families' splits
        }
        return new RandomStreams(root.split(), root.split(), root.split());
    }
}
