package io.lrpg.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The step-key contract of {@link StepKeys}: present only if every step was claimed in order by one space. */
class StepKeysTest {

    /** A key space whose equality is by name, so that two instances can be equal without being the same. */
    private record Space(String name) {
    }

    private static final Space GRID = new Space("grid");
    private static final double[] S = {0.0, 0.0};

    /** Appends {@code steps} steps, each claimed by {@code space} with key (t, 10 t, …) of {@code width}. */
    private static void fill(EpisodeBuffer episode, StepKeys keys, Object space, int width, int steps) {
        for (int n = 0; n < steps; n++) {
            int t = episode.length();
            int at = keys.claim(space, width);
            assertEquals(t * width, at);
            for (int c = 0; c < width; c++) {
                keys.array()[at + c] = t * (int) Math.pow(10, c);
            }
            episode.add(S, 0.0, 0.0);
        }
    }

    @Test
    void keysClaimedForEveryStepInOrderArePresentAndReadBack() {
        EpisodeBuffer episode = new EpisodeBuffer(2, 2); // grows past its capacity on the way
        StepKeys keys = episode.keys();
        fill(episode, keys, GRID, 3, 7);
        assertTrue(keys.present(GRID, 3));
        assertTrue(keys.present(new Space("grid"), 3), "an equal key space reads the keys");
        assertFalse(keys.present(new Space("other"), 3));
        assertFalse(keys.present(GRID, 2), "another width does not");
        for (int t = 0; t < 7; t++) {
            assertArrayEquals(new int[] {t, 10 * t, 100 * t}, Arrays.copyOfRange(keys.array(), 3 * t, 3 * t + 3));
        }
        assertSame(episode, keys.episode());
    }

    @Test
    void aBufferFilledWithoutClaimsHasAbsentKeys() {
        EpisodeBuffer episode = new EpisodeBuffer(2, 4);
        for (int t = 0; t < 3; t++) {
            episode.add(S, 0.0, 0.0);
        }
        assertFalse(episode.keys().present(GRID, 2));
    }

    @Test
    void aStepAppendedWithoutAClaimMakesTheWholeEpisodeAbsent() {
        EpisodeBuffer episode = new EpisodeBuffer(2, 4);
        StepKeys keys = episode.keys();
        fill(episode, keys, GRID, 2, 2);
        episode.add(S, 0.0, 0.0); // step 2 without a key
        fill(episode, keys, GRID, 2, 2);
        assertFalse(keys.present(GRID, 2));
    }

    @Test
    void mixingKeySpacesOrWidthsMakesTheEpisodeAbsent() {
        EpisodeBuffer episode = new EpisodeBuffer(2, 4);
        fill(episode, episode.keys(), GRID, 2, 2);
        fill(episode, episode.keys(), new Space("grid"), 2, 1); // equal, but not the writer of step 0
        assertFalse(episode.keys().present(GRID, 2));

        episode.clear();
        fill(episode, episode.keys(), GRID, 2, 2);
        fill(episode, episode.keys(), GRID, 3, 1);
        assertFalse(episode.keys().present(GRID, 2));
        assertFalse(episode.keys().present(GRID, 3));
    }

    @Test
    void claimingTheSameStepAgainOverwritesIt() {
        EpisodeBuffer episode = new EpisodeBuffer(2, 4);
        StepKeys keys = episode.keys();
        fill(episode, keys, GRID, 2, 1);
        keys.array()[keys.claim(GRID, 2)] = 5;
        keys.array()[keys.claim(GRID, 2)] = 6; // the same pending step 1
        episode.add(S, 0.0, 0.0);
        assertTrue(keys.present(GRID, 2));
        assertEquals(6, keys.array()[2]);
    }

    @Test
    void clearForgetsTheKeysAndANewEpisodeStartsAfresh() {
        EpisodeBuffer episode = new EpisodeBuffer(2, 4);
        StepKeys keys = episode.keys();
        fill(episode, keys, GRID, 2, 3);
        episode.add(S, 0.0, 0.0);
        assertFalse(keys.present(GRID, 2));
        episode.clear();
        assertFalse(keys.present(GRID, 2), "an empty episode has no keys of any space");
        fill(episode, keys, new Space("other"), 4, 2);
        assertTrue(keys.present(new Space("other"), 4));
    }

    @Test
    void rejectsANullSpaceAndANonPositiveWidth() {
        StepKeys keys = new EpisodeBuffer(2, 4).keys();
        assertThrows(NullPointerException.class, () -> keys.claim(null, 2));
        assertThrows(IllegalArgumentException.class, () -> keys.claim(GRID, 0));
    }
}
