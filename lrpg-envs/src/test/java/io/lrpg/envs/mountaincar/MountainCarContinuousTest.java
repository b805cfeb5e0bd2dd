package io.lrpg.envs.mountaincar;

import static io.lrpg.envs.mountaincar.MountainCarModel.GOAL_REACHED;
import static io.lrpg.envs.mountaincar.MountainCarModel.POSITION;
import static io.lrpg.envs.mountaincar.MountainCarModel.STORAGE;
import static io.lrpg.envs.mountaincar.MountainCarModel.STORED_FLOAT32;
import static io.lrpg.envs.mountaincar.MountainCarModel.STORED_FLOAT64;
import static io.lrpg.envs.mountaincar.MountainCarModel.VELOCITY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.core.env.TimeLimit;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The mountain car's episode ends (goal, time limit), walls, reset, and each float32 rule of Gymnasium 1.3.0
 * under NumPy 2 (reference README, section MountainCarContinuous-v0). Expected values are restated here from
 * those rules, not taken from the model; each quirk test also checks that the rule it pins changes the result
 * for some input, so dropping the rule fails it.
 */
class MountainCarContinuousTest {

    private static final MountainCarModel MODEL = new MountainCarModel(MountainCarParameters.GYMNASIUM);
    private static final EnvironmentId MOUNTAIN_CAR = EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0;
    private static final float GOAL_F32 = 0.45f; // 0.449999988079071, below 0.45

    /** A float32-stored state (what every step leaves). */
    private static double[] stored(float position, float velocity) {
        return new double[] {position, velocity, STORED_FLOAT32, 0.0};
    }

    private static double[] step(double[] state, double action) {
        double[] next = new double[4];
        MODEL.transition(state, new double[] {action}, next);
        return next;
    }

    @Test
    void registeredTimeLimitTruncatesAfter999StepsWithoutTerminating() {
        Environment environment = Environments.create(MOUNTAIN_CAR, new SplittableRandom(3));
        assertEquals(999, assertInstanceOf(TimeLimit.class, environment).maxSteps());
        double[] action = {0.0}; // rocks in the valley, never reaches the goal
        environment.reset();
        for (int t = 1; t < 999; t++) {
            Step step = environment.step(action);
            assertFalse(step.isLast(), "step " + t);
        }
        Step last = environment.step(action);
        assertTrue(last.truncated());
        assertFalse(last.terminated());
        assertThrows(IllegalStateException.class, () -> environment.step(action));
        environment.reset();
        assertFalse(environment.step(action).isLast());
    }

    @Test
    void reachingTheGoalTerminatesWithHundredMinusTheActionCost() {
        // energy pumping: push along the velocity with a varying magnitude, often beyond 1 (clipped force)
        Environment environment = Environments.create(MOUNTAIN_CAR, new SplittableRandom(8));
        SplittableRandom magnitudes = new SplittableRandom(80);
        double[] observation = environment.reset();
        double costs = 0.0;
        double total = 0.0;
        Step step = null;
        int steps = 0;
        while (steps < 999) {
            double action = (observation[1] >= 0 ? 1.0 : -1.0) * magnitudes.nextDouble(0.8, 1.3);
            double cost = 0.1 * (action * action);
            step = environment.step(new double[] {action});
            steps++;
            costs += cost;
            total += step.reward();
            observation = step.observation();
            if (step.isLast()) {
                assertEquals(100.0 - cost, step.reward(), 1e-12);
                break;
            }
            assertEquals(-cost, step.reward(), 1e-15, "step " + steps);
        }
        assertTrue(step.terminated(), "the goal ends the episode");
        assertFalse(step.truncated());
        assertTrue(steps < 200, "pumping reaches the goal well before the limit, took " + steps);
        String last = Arrays.toString(observation);
        assertTrue(observation[0] >= GOAL_F32 && observation[1] >= 0.0, last);
        assertEquals(100.0 - costs, total, 1e-10);
        assertThrows(IllegalStateException.class, () -> environment.step(new double[] {1.0}));
    }

    @Test
    void theBareEnvironmentRefusesToStepAfterTheGoal() {
        MountainCarContinuous environment =
                new MountainCarContinuous(MountainCarParameters.GYMNASIUM, new SplittableRandom(1));
        double velocity = environment.reset()[1];
        boolean terminated = false;
        for (int t = 0; t < 999 && !terminated; t++) {
            Step step = environment.step(new double[] {velocity >= 0 ? 1.0 : -1.0});
            terminated = step.terminated();
            velocity = step.observation()[1];
        }
        assertTrue(terminated);
        assertEquals(1.0, environment.state()[GOAL_REACHED]);
        assertThrows(IllegalStateException.class, () -> environment.step(new double[] {0.0}));
    }

    @Test
    void theLeftWallStopsTheCarAndResetsANegativeVelocity() {
        // −1.19 − 0.06 − … is past the wall
        double[] next = step(stored(-1.19f, -0.06f), -0.2);
        assertEquals((float) -1.2, next[POSITION]);
        assertEquals(0.0, next[VELOCITY]);
        assertFalse(MODEL.terminal(null, null, next));
        // at the wall a positive velocity is kept: the slope pushes the car back out
        double[] away = step(stored((float) -1.2, 0.0f), -1.0);
        double slope = -1.0 * 0.0015 - 0.0025 * Math.cos(3f * (float) -1.2);
        assertTrue(slope > 0.0);
        assertEquals((float) (0.0 + slope), away[VELOCITY]); // in-range force: double sum, then float32
        assertEquals((float) (-1.2f + slope), away[POSITION]);
    }

    @Test
    void theRightEndClampsThePositionButKeepsTheVelocity() {
        double[] next = step(stored(0.58f, 0.07f), 2.0);
        assertEquals((float) 0.6, next[POSITION]);
        assertEquals(0.07f, next[VELOCITY]); // saturated, and not reset: only the left wall is inelastic
        assertTrue(MODEL.terminal(null, null, next));
    }

    @Test
    void resetDrawsThePositionFromTheInjectedGeneratorAndKeepsItInDouble() {
        MountainCarContinuous environment =
                new MountainCarContinuous(MountainCarParameters.GYMNASIUM, new SplittableRandom(7));
        SplittableRandom twin = new SplittableRandom(7);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0.0;
        int resets = 20_000;
        for (int i = 0; i < resets; i++) {
            double draw = twin.nextDouble(-0.6, -0.4);
            double[] observation = environment.reset();
            assertArrayEquals(new double[] {(float) draw, 0.0}, observation);
            double[] state = environment.state();
            assertEquals(draw, state[POSITION]);
            assertEquals(0.0, state[VELOCITY]);
            assertEquals(STORED_FLOAT64, state[STORAGE]);
            assertTrue(draw >= -0.6 && draw < -0.4, () -> "x0 = " + draw);
            min = Math.min(min, draw);
            max = Math.max(max, draw);
            sum += draw;
        }
        assertTrue(min < -0.599 && max > -0.401, min + " .. " + max);
        assertEquals(-0.5, sum / resets, 0.002); // standard error 0.2/√12/√20000 = 4e-4
    }

    @Test
    void theFirstStepAfterAResetRunsInDoubleFromTheUnroundedPosition() {
        int differsFromAFloat32Start = 0;
        for (int seed = 0; seed < 200; seed++) {
            MountainCarContinuous environment =
                    new MountainCarContinuous(MountainCarParameters.GYMNASIUM, new SplittableRandom(seed));
            environment.reset();
            double x = environment.state()[POSITION];
            double[] observation = environment.step(new double[] {1.5}).observation();
            // float64 state: 3x, the velocity sum and the position sum all in double; the clipped force 1.0
            double velocity = 0.0 + (1.0 * 0.0015 - 0.0025 * Math.cos(3 * x));
            double position = x + velocity;
            assertArrayEquals(new double[] {(float) position, (float) velocity}, observation, "seed " + seed);
            double[] fromFloat32 = step(stored((float) x, 0.0f), 1.5);
            if (fromFloat32[POSITION] != observation[0] || fromFloat32[VELOCITY] != observation[1]) {
                differsFromAFloat32Start++;
            }
        }
        assertTrue(differsFromAFloat32Start > 0, "the storage type never mattered");
    }

    @Test
    void aClippedForceRoundsTheVelocityUpdateToFloat32AndAnInRangeOneDoesNot() {
        // a = 1.0 and a = 1.5 apply the same force 1.0; only the NumPy types differ
        int differ = 0;
        for (float x = -1.1f; x < 0.3f; x += 0.0137f) {
            for (float v = -0.05f; v < 0.05f; v += 0.00731f) {
                double slope = 1.0 * 0.0015 - 0.0025 * Math.cos(3f * x);
                double velocity64 = v + slope;                 // float32 + float64 -> float64
                double position64 = x + velocity64;
                float velocity32 = v + (float) slope;          // float32 + weak Python float -> float32
                float position32 = x + velocity32;
                double[] inRange = step(stored(x, v), 1.0);
                double[] clipped = step(stored(x, v), 1.5);
                String at = "x = " + x + ", v = " + v;
                assertEquals((float) velocity64, inRange[VELOCITY], at);
                assertEquals((float) position64, inRange[POSITION], at);
                assertEquals(velocity32, clipped[VELOCITY], at);
                assertEquals(position32, clipped[POSITION], at);
                if (inRange[POSITION] != clipped[POSITION] || inRange[VELOCITY] != clipped[VELOCITY]) {
                    differ++;
                }
            }
        }
        assertTrue(differ > 0, "the two paths never differed");
    }

    @Test
    void aSaturatedVelocityIsThePythonBoundAndIsAddedInFloat32() {
        // in-range force (exactly −1.0 is not clipped), so the velocity sum is double; clipped to −0.07 it becomes
        // a Python float, and float32 x + (−0.07) is a float32 addition. For x' in [0.125, 0.25) the exact float32
        // sum x − f32(0.07) is a tie (half-even), which the double sum x − 0.07 never is
        int differ = 0;
        for (float x = 0.2f; x < 0.31f; x = Math.nextUp(x + 1e-4f)) {
            double[] next = step(stored(x, -0.0699f), -1.0);
            assertEquals(-0.07f, next[VELOCITY]);
            assertEquals(x + -0.07f, next[POSITION], "x = " + x);
            if ((float) (x + -0.07) != x + -0.07f) {
                differ++;
            }
        }
        assertTrue(differ > 0, "float32 and double addition never differed");
    }

    @Test
    void aFloat32PositionReachesTheGoalAtFloat32OfPointFortyFive() {
        // clipped force: float32 arithmetic; the velocity saturates, so x' = x + 0.07f exactly
        float x = GOAL_F32 - 0.07f;
        while (x + 0.07f < GOAL_F32) {
            x = Math.nextUp(x);
        }
        while (x + 0.07f > GOAL_F32) {
            x = Math.nextDown(x);
        }
        assertEquals(GOAL_F32, x + 0.07f);
        double[] state = stored(x, 0.07f);
        double[] action = {2.0};
        double[] next = new double[4];
        MODEL.transition(state, action, next);
        assertEquals(GOAL_F32, next[POSITION]);
        assertTrue(next[POSITION] < 0.45);
        assertTrue(MODEL.terminal(state, action, next), "float32 x' is compared with float32(0.45)");
        assertEquals(100.0 - 4.0 * 0.1, MODEL.reward(state, action, next), 1e-13);
    }

    @Test
    void aDoublePositionIsTestedAgainstTheGoalBeforeItsFloat32Rounding() {
        // in-range force: x' = x + (v + slope) in double. Every x' in [float32(0.45), 0.45 + ½ulp) is stored as
        // float32(0.45) = 0.449999988; the goal test sees the double: not reached below 0.45, reached from 0.45 on
        float x = 0.40f;
        double slope = 0.5 * 0.0015 - 0.0025 * Math.cos(3f * x);
        double[] action = {0.5};
        int below = 0;
        int above = 0;
        for (float v = 0.0501f; v < 0.0503f; v = Math.nextUp(v)) {
            double position = x + (v + slope);
            boolean justBelow = position >= GOAL_F32 && position < 0.45;
            boolean justAbove = position >= 0.45 && (float) position == GOAL_F32;
            if (justBelow || justAbove) {
                double[] state = stored(x, v);
                double[] next = new double[4];
                MODEL.transition(state, action, next);
                assertEquals(GOAL_F32, next[POSITION]);
                assertEquals(justAbove, MODEL.terminal(state, action, next), "v = " + v + ", x' = " + position);
                assertEquals((justAbove ? 100.0 : 0.0) - 0.25 * 0.1, MODEL.reward(state, action, next), 1e-13);
                below += justBelow ? 1 : 0;
                above += justAbove ? 1 : 0;
            }
        }
        assertTrue(below > 0 && above > 0, "no velocity lands next to 0.45: " + below + " below, " + above + " above");
    }

    @Test
    void theRewardChargesTheRawActionAndTheDynamicsTheClippedForce() {
        double[] state = stored(-0.5f, 0.0f);
        double[] action = {3.0};
        assertEquals(1.0, MODEL.force(action));
        assertEquals(-1.0, MODEL.force(new double[] {-3.0}));
        assertEquals(0.25, MODEL.force(new double[] {0.25}));
        double[] next = new double[4];
        MODEL.transition(state, action, next);
        assertEquals(-(9.0 * 0.1), MODEL.reward(state, action, next), 1e-16);
        assertArrayEquals(step(state, 1.5), next, "the dynamics see only the clipped force");
    }

    @Test
    void observationsAreFloat32PositionAndVelocity() {
        double[] observation = MODEL.observation(new double[] {-0.47, 0.001, STORED_FLOAT64, 0.0});
        assertArrayEquals(new double[] {(float) -0.47, (float) 0.001}, observation);
        Box space = MODEL.observationSpace();
        assertArrayEquals(new double[] {(float) -1.2, (float) -0.07}, space.low());
        assertArrayEquals(new double[] {(float) 0.6, (float) 0.07}, space.high());
        assertEquals(Box.uniform(1, -1.0, 1.0), MODEL.actionSpace());
        assertEquals(4, MODEL.stateDimension());
    }

    @Test
    void anUnknownStorageCodeIsRejected() {
        double[] state = {-0.5, 0.0, 0.5, 0.0};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> step(state, 0.0));
        assertTrue(e.getMessage().contains("0.5"), e::getMessage);
    }

    @Test
    void parametersValidateThemselves() {
        assertThrows(IllegalArgumentException.class,
                () -> new MountainCarParameters(0.0, 0.0015, -1.2, 0.6, 0.07, 0.45, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new MountainCarParameters(1, Double.NaN, -1.2, 0.6, 0.07, 0.45, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new MountainCarParameters(1, 0.0015, 0.6, -1.2, 0.07, 0.45, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MountainCarParameters(1, 0.0015, -1.2, 0.6, 0.07, 0.7, 0));
        assertTrue(e.getMessage().contains("goalPosition") && e.getMessage().contains("0.7"), e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> new MountainCarParameters(1, 0.0015, -1.2, 0.6, 0.07, 0.45, Double.POSITIVE_INFINITY));
    }
}
