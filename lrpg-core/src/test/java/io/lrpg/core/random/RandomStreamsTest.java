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
}
