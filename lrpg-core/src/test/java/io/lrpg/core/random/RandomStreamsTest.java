package io.lrpg.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void equalSeedsGiveEqualStreams() {
        RandomStreams a = RandomStreams.fromSeed(17);
        RandomStreams b = RandomStreams.fromSeed(17);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.initialization().nextLong(), b.initialization().nextLong());
            assertEquals(a.environment().nextDouble(), b.environment().nextDouble());
            assertEquals(a.policy().nextGaussian(), b.policy().nextGaussian());
        }
    }

    @Test
    void streamsAreIndependentOfEachOther() {
        RandomStreams a = RandomStreams.fromSeed(17);
        RandomStreams b = RandomStreams.fromSeed(17);
        // drawing from one stream must not shift another
        for (int i = 0; i < 1000; i++) {
            a.policy().nextGaussian();
        }
        assertEquals(a.environment().nextLong(), b.environment().nextLong());
        assertNotEquals(RandomStreams.fromSeed(17).policy().nextLong(), RandomStreams.fromSeed(18).policy().nextLong());
        assertNotEquals(b.initialization().nextLong(), b.policy().nextLong());
    }

    /** Family 0 is the single-family split of earlier versions: the first three splits of the root. */
    @Test
    void familyZeroIsTheFirstThreeSplits() {
        java.util.random.RandomGenerator.SplittableGenerator root = java.util.random.RandomGeneratorFactory
                .<java.util.random.RandomGenerator.SplittableGenerator>of(RandomStreams.ALGORITHM).create(17L);
        java.util.random.RandomGenerator init = root.split();
        java.util.random.RandomGenerator env = root.split();
        java.util.random.RandomGenerator policy = root.split();
        RandomStreams zero = RandomStreams.fromSeed(17, 0);
        RandomStreams plain = RandomStreams.fromSeed(17);
        for (int i = 0; i < 50; i++) {
            long expected = init.nextLong();
            assertEquals(expected, zero.initialization().nextLong());
            assertEquals(expected, plain.initialization().nextLong());
            assertEquals(env.nextLong(), zero.environment().nextLong());
            assertEquals(policy.nextLong(), zero.policy().nextLong());
        }
    }

    /** Family f starts at split f·8: the same seed gives other streams per family, the same per family. */
    @Test
    void familiesOfOneSeedDiffer() {
        java.util.random.RandomGenerator.SplittableGenerator root = java.util.random.RandomGeneratorFactory
                .<java.util.random.RandomGenerator.SplittableGenerator>of(RandomStreams.ALGORITHM).create(5L);
        for (int i = 0; i < RandomStreams.FAMILY_WIDTH; i++) {
            root.split();
        }
        java.util.random.RandomGenerator init = root.split();
        RandomStreams one = RandomStreams.fromSeed(5, 1);
        assertEquals(init.nextLong(), one.initialization().nextLong());
        long[] firsts = new long[3];
        for (int family = 0; family < 3; family++) {
            firsts[family] = RandomStreams.fromSeed(5, family).policy().nextLong();
            assertEquals(firsts[family], RandomStreams.fromSeed(5, family).policy().nextLong());
        }
        assertNotEquals(firsts[0], firsts[1]);
        assertNotEquals(firsts[1], firsts[2]);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RandomStreams.fromSeed(5, -1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RandomStreams.fromSeed(5, RandomStreams.MAX_FAMILIES));
    }
}
