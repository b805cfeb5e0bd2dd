package io.lrpg.core.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Environment} must satisfy, after Gymnasium's {@code check_env}: equal seeds
 * give equal episodes, observations lie in the observation space, no array is shared between calls, and
 * the episode protocol is enforced. Extend it once per environment.
 */
public abstract class EnvironmentContract {

    /** Steps driven through per test; long enough to cover several episodes of a short environment. */
    protected static final int STEPS = 2_000;

    /** A fresh environment drawing its randomness from {@code random}. */
    protected abstract Environment create(RandomGenerator random);

    /**
     * An action that ends an episode within {@link #STEPS} steps from any reset state, or {@code null}
     * if the environment never terminates by itself (then the after-the-end test is skipped).
     */
    protected abstract double[] terminatingAction();

    /** Actions drawn uniformly from the action space, widened by half its width to exercise clipping. */
    protected double[] randomAction(Environment environment, RandomGenerator random) {
        Box space = environment.actionSpace();
        double[] action = new double[space.dimension()];
        for (int d = 0; d < action.length; d++) {
            double lo = Double.isFinite(space.low(d)) ? space.low(d) : -10.0;
            double hi = Double.isFinite(space.high(d)) ? space.high(d) : 10.0;
            double margin = 0.5 * (hi - lo);
            action[d] = random.nextDouble(lo - margin, hi + margin);
        }
        return action;
    }

    private List<Step> rollout(Environment environment, long actionSeed, int steps) {
        RandomGenerator actions = new SplittableRandom(actionSeed);
        List<Step> trace = new ArrayList<>();
        trace.add(new Step(environment.reset(), 0.0, false, false));
        for (int t = 0; t < steps; t++) {
            Step step = environment.step(randomAction(environment, actions));
            trace.add(step);
            if (step.isLast()) {
                trace.add(new Step(environment.reset(), 0.0, false, false));
            }
        }
        return trace;
    }

    @Test
    void equalSeedsGiveEqualEpisodes() {
        List<Step> first = rollout(create(new SplittableRandom(42)), 7, STEPS);
        List<Step> second = rollout(create(new SplittableRandom(42)), 7, STEPS);
        assertEquals(first, second);
    }

    @Test
    void resetIsDrawnFromTheInjectedGenerator() {
        Environment a = create(new SplittableRandom(1));
        Environment b = create(new SplittableRandom(1));
        for (int episode = 0; episode < 5; episode++) {
            assertArrayEquals(a.reset(), b.reset(), "reset " + episode);
        }
    }

    @Test
    void observationsLieInTheObservationSpace() {
        Environment environment = create(new SplittableRandom(3));
        Box space = environment.observationSpace();
        for (Step step : rollout(environment, 11, STEPS)) {
            assertEquals(space.dimension(), step.observation().length);
            assertTrue(space.contains(step.observation()),
                    () -> java.util.Arrays.toString(step.observation()) + " outside " + space);
        }
    }

    @Test
    void rewardsAreFinite() {
        for (Step step : rollout(create(new SplittableRandom(5)), 13, STEPS)) {
            assertTrue(Double.isFinite(step.reward()), () -> "reward " + step.reward());
        }
    }

    @Test
    void noArrayIsSharedBetweenCalls() {
        Environment environment = create(new SplittableRandom(9));
        Environment twin = create(new SplittableRandom(9));
        double[] first = environment.reset();
        twin.reset();
        java.util.Arrays.fill(first, 123.0); // scribbling on a returned observation must not matter
        double[] action = randomAction(environment, new SplittableRandom(1));
        double[] actionCopy = action.clone();
        Step a = environment.step(action);
        assertArrayEquals(actionCopy, action, "step() modified its action");
        java.util.Arrays.fill(action, 0.5); // nor may the environment keep the action array
        Step b = twin.step(actionCopy);
        assertEquals(b, a);
        if (!a.isLast()) {
            double[] before = a.observation().clone();
            Step next = environment.step(actionCopy);
            assertNotSame(a.observation(), next.observation());
            assertArrayEquals(before, a.observation(), "a later step changed an earlier observation");
        }
    }

    @Test
    void stepBeforeResetThrows() {
        Environment environment = create(new SplittableRandom(2));
        double[] action = new double[environment.actionSpace().dimension()];
        assertThrows(IllegalStateException.class, () -> environment.step(action));
    }

    @Test
    void stepAfterTheEndThrows() {
        double[] action = terminatingAction();
        assumeTrue(action != null, "this environment never terminates by itself");
        Environment environment = create(new SplittableRandom(4));
        environment.reset();
        boolean ended = false;
        for (int t = 0; t < STEPS && !ended; t++) {
            ended = environment.step(action).isLast();
        }
        assertTrue(ended, "terminatingAction() did not end the episode within " + STEPS + " steps");
        assertThrows(IllegalStateException.class, () -> environment.step(action));
        environment.reset(); // a new episode may start
        environment.step(action);
    }

    @Test
    void wrongActionLengthIsRejected() {
        Environment environment = create(new SplittableRandom(6));
        environment.reset();
        double[] tooLong = new double[environment.actionSpace().dimension() + 1];
        assertThrows(IllegalArgumentException.class, () -> environment.step(tooLong));
    }
}
