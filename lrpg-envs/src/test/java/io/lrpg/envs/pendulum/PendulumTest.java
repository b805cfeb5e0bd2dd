package io.lrpg.envs.pendulum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pendulum's documented numbers and the quirks of the paper's variant (environments.md §1). */
class PendulumTest {

    private static final PendulumModel BALANCE = new PendulumModel(PendulumParameters.GYMNASIUM, PendulumTask.BALANCE);
    private static final PendulumModel SWING_UP =
            new PendulumModel(PendulumParameters.GYMNASIUM, PendulumTask.SWING_UP);

    @Test
    void zeroTorqueFromNearUprightFallsAtStep29WithReturn25point08() {
        // docs/paper.md §2.2 sanity check: a ≡ 0 from (0.005, 0.005)
        double[] state = {0.005, 0.005};
        double[] next = new double[2];
        double[] action = {0.0};
        double total = 0.0;
        int steps = 0;
        boolean done = false;
        while (!done && steps < 100) {
            BALANCE.transition(state, action, next);
            total += BALANCE.reward(state, action, next);
            done = BALANCE.terminal(state, action, next);
            System.arraycopy(next, 0, state, 0, 2);
            steps++;
        }
        assertTrue(done);
        assertEquals(29, steps);
        assertEquals(25.08, total, 0.005);
    }

    @Test
    void balancePositionUsesTheUnclippedVelocityAndSwingUpTheClippedOne() {
        double[] state = {0.5, 7.9};
        double[] action = {2.0};
        double[] balance = new double[2];
        double[] swingUp = new double[2];
        BALANCE.transition(state, action, balance);
        SWING_UP.transition(state, action, swingUp);
        double rawVelocity = 7.9 + (15.0 * Math.sin(0.5) + 3.0 * 2.0) * 0.05; // > 8
        assertTrue(rawVelocity > 8.0);
        assertEquals(8.0, balance[PendulumModel.THETA_DOT]);
        assertEquals(0.5 + rawVelocity * 0.05, balance[PendulumModel.THETA], 1e-15);
        assertEquals(8.0, swingUp[PendulumModel.THETA_DOT]);
        assertEquals(0.5 + 8.0 * 0.05, swingUp[PendulumModel.THETA]);
    }

    @Test
    void balanceTerminatesOnTheUnnormalizedAngleAndRewardsThePreStepState() {
        double[] state = {2 * Math.PI, 0.0}; // upright again after a full turn
        double[] next = new double[2];
        double[] action = {0.0};
        BALANCE.transition(state, action, next);
        assertTrue(BALANCE.terminal(state, action, next), "θ' ≈ 2π counts as fallen");
        assertEquals(1.0, BALANCE.reward(state, action, next), 1e-12); // wrap(2π)² ≈ 0, no torque cost
        double[] small = {0.1, 0.0};
        BALANCE.transition(small, action, next);
        assertFalse(BALANCE.terminal(small, action, next));
    }

    @Test
    void rewardsUseTheFlooredAngleNormalization() {
        double[] state = {-4.0, 1.0};
        double[] action = {3.0}; // clipped to 2
        double[] next = new double[2];
        double wrapped = -4.0 + 2 * Math.PI; // Python: ((−4 + π) % 2π) − π = 2.2831853071795862
        BALANCE.transition(state, action, next);
        assertEquals(1 - (wrapped * wrapped + 0.1), BALANCE.reward(state, action, next), 1e-12);
        SWING_UP.transition(state, action, next);
        assertEquals(-(wrapped * wrapped + 0.1 + 0.001 * 4.0), SWING_UP.reward(state, action, next), 1e-12);
        assertFalse(SWING_UP.terminal(state, action, next));
    }

    @Test
    void swingUpObservationIsFloat32CosSinVelocity() {
        double[] observation = SWING_UP.observation(new double[] {1.0, -0.3});
        assertEquals(3, observation.length);
        assertEquals((float) Math.cos(1.0), observation[0]);
        assertEquals((float) Math.sin(1.0), observation[1]);
        assertEquals((float) -0.3, observation[2]);
    }

    @Test
    void resetDistributions() {
        Pendulum balance = new Pendulum(PendulumParameters.GYMNASIUM, PendulumTask.BALANCE, new SplittableRandom(1));
        Pendulum swingUp = new Pendulum(PendulumParameters.GYMNASIUM, PendulumTask.SWING_UP, new SplittableRandom(1));
        double minTheta = Double.POSITIVE_INFINITY;
        double maxTheta = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 2_000; i++) {
            double[] b = balance.reset();
            assertTrue(b[0] >= 0.0 && b[0] < 0.01 && b[1] >= 0.0 && b[1] < 0.01, () -> b[0] + ", " + b[1]);
            double[] s = swingUp.reset();
            double theta = Math.atan2(s[1], s[0]);
            minTheta = Math.min(minTheta, theta);
            maxTheta = Math.max(maxTheta, theta);
            assertTrue(s[2] >= -1.0 && s[2] <= 1.0);
        }
        assertTrue(minTheta < -3.0 && maxTheta > 3.0, "θ covers (−π, π)");
    }

    @Test
    void parametersValidateThemselves() {
        assertThrows(IllegalArgumentException.class, () -> new PendulumParameters(10, 1, 1, 0.05, 8, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PendulumParameters(10, 0, 1, 0.05, 8, 2));
        assertEquals(15.0, PendulumParameters.GYMNASIUM.gravityCoefficient());
        assertEquals(3.0, PendulumParameters.GYMNASIUM.torqueCoefficient());
    }
}
