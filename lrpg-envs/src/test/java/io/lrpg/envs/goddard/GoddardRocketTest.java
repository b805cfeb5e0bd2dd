package io.lrpg.envs.goddard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Goddard rocket's documented numbers (docs/paper.md §2.2) and quirks (docs/paper.md §2.2). */
class GoddardRocketTest {

    private static final GoddardModel MODEL = new GoddardModel(RocketParameters.SA2_DIMENSIONLESS, GoddardTask.PAPER);

    @ParameterizedTest(name = "throttle {0} -> return {1} in {2} steps")
    @CsvSource({"1.0, 1.1887, 184", "0.8, 1.1803, 194", "0.6, 1.1248, 208", "0.5, 1.0256, 215",
        "0.4, 0.8232, 223", "0.2, 0.0142, 292"})
    void constantThrottleTable(double throttle, double expectedReturn, int expectedSteps) {
        Environment rocket = Environments.create(EnvironmentId.GODDARD, new SplittableRandom(0));
        rocket.reset();
        double total = 0.0;
        int steps = 0;
        boolean terminated = false;
        while (!terminated && steps < 1000) {
            Step step = rocket.step(new double[] {throttle});
            total += step.reward();
            terminated = step.terminated();
            steps++;
        }
        assertTrue(terminated);
        assertEquals(expectedSteps, steps);
        assertEquals(expectedReturn, total, 0.5e-4);
    }

    @Test
    void zeroThrottleNeverTerminatesWithin1000Steps() {
        Environment rocket = Environments.create(EnvironmentId.GODDARD, new SplittableRandom(0));
        rocket.reset();
        for (int t = 0; t < 1000; t++) {
            Step step = rocket.step(new double[] {0.0});
            assertFalse(step.isLast());
            assertEquals(0.0, step.reward());
        }
    }

    @Test
    void liftOffVelocityIsResetOnTheSecondStep() {
        GoddardRocket rocket = new GoddardRocket(RocketParameters.SA2_DIMENSIONLESS, GoddardTask.PAPER, new SplittableRandom(0));
        assertArrayEquals(new double[] {0.0, 1.0, 1.0}, rocket.reset());
        double[] full = {1.0};
        double[] first = rocket.step(full).observation();
        assertEquals(0.0025, first[0]);
        assertEquals(1.0, first[1]);
        double[] second = rocket.step(full).observation();
        assertEquals(0.0, second[0]);
        assertEquals(1.0000025, second[1], 1e-15);
        double[] third = rocket.step(full).observation();
        assertEquals(0.00255, third[0], 1e-6);
    }

    @Test
    void thrustBelowWeightChattersOnThePad() {
        double[] state = {0.0, 1.0, 1.0, 1.0};
        double[] next = new double[4];
        double[] action = {0.2}; // thrust 0.7 < weight 1
        boolean sawNegative = false;
        for (int t = 0; t < 100; t++) {
            MODEL.transition(state, action, next);
            assertEquals(1.0, next[GoddardModel.ALTITUDE]);
            assertTrue(next[GoddardModel.VELOCITY] <= 0.0);
            if (t % 2 == 1) {
                assertEquals(0.0, next[GoddardModel.VELOCITY], "clamped back to 0 on every other step");
            }
            sawNegative |= next[GoddardModel.VELOCITY] < 0.0;
            System.arraycopy(next, 0, state, 0, 4);
        }
        assertTrue(sawNegative);
    }

    @Test
    void tankTestUsesThePreStepMassAndMassIsSubtractedRepeatedly() {
        double[] state = {0.0, 1.0, 1.0, 1.0};
        double[] next = new double[4];
        double[] full = {1.0};
        for (int t = 0; t < 57; t++) {
            MODEL.transition(state, full, next);
            System.arraycopy(next, 0, state, 0, 4);
        }
        assertEquals(0.6009999999999996, state[GoddardModel.MASS]); // not 1 − 57·0.007
        assertNotEquals(1 - 57 * 0.007, state[GoddardModel.MASS]);
        assertEquals(3.5, MODEL.thrust(state, full), "fuel left for less than a full burn still gives full thrust");
        MODEL.transition(state, full, next);
        assertEquals(0.6, next[GoddardModel.MASS]);
        assertEquals(0.0, MODEL.thrust(next, full), "empty tank: no thrust whatever the action");
    }

    @Test
    void negativeThrottleIsNotClippedAndAddsMass() {
        double[] state = {0.0, 1.0, 1.0, 1.0};
        double[] next = new double[4];
        MODEL.transition(state, new double[] {-0.5}, next);
        assertEquals(1.0 + 0.001 * 2 * 1.75, next[GoddardModel.MASS], 1e-15);
        assertTrue(next[GoddardModel.VELOCITY] < 0.0);
    }

    @Test
    void terminalRewardIsScaledByTheTask() {
        double[] state = {0.01, 1.01, 0.6, 1.011}; // empty tank, coasting up slowly
        double[] next = new double[4];
        double[] action = {1.0};
        GoddardModel upstream = new GoddardModel(RocketParameters.SA2_DIMENSIONLESS, GoddardTask.GYM_GODDARD);
        double[] falling = {-0.001, 1.01, 0.6, 1.011};
        MODEL.transition(falling, action, next);
        assertTrue(MODEL.terminal(falling, action, next));
        assertEquals(100 * (1.011 - 1.0), MODEL.reward(falling, action, next), 1e-12);
        assertEquals(1.011 - 1.0, upstream.reward(falling, action, next), 1e-14);
        MODEL.transition(state, action, next);
        assertFalse(MODEL.terminal(state, action, next), "still climbing");
        assertEquals(0.0, MODEL.reward(state, action, next));
    }

    @Test
    void parametersValidateThemselves() {
        RocketParameters sa2 = RocketParameters.SA2_DIMENSIONLESS;
        assertEquals(0.6, sa2.dryMass());
        assertEquals(3.5, sa2.maxThrust());
        assertEquals(310.0, sa2.dragCoefficient());
        assertEquals(2.0, sa2.fuelPerThrust());
        assertThrows(IllegalArgumentException.class,
                () -> new RocketParameters(0.001, 0, 1, 1, 1, 500, 1.2, 620, 3.5));
        assertThrows(IllegalArgumentException.class,
                () -> new RocketParameters(Double.NaN, 0, 1, 1, 1, 500, 0.6, 620, 3.5));
    }
}
