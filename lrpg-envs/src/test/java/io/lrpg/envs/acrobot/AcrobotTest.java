package io.lrpg.envs.acrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.env.Step;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The acrobot's protocol, rewards, reset and post-processing (environments.md §2). */
class AcrobotTest {

    /** Bang-bang pumping, <code>τ = 2·sign(θ̇2)</code> (sign 0 = +1), which swings up within a few hundred steps. */
    private static double[] pump(double[] state) {
        return new double[] {state[AcrobotModel.THETA2_DOT] >= 0 ? 2.0 : -2.0};
    }

    @ParameterizedTest
    @EnumSource(AcrobotTask.class)
    void swingsUpUnderFeedbackThenRefusesToStepUntilReset(AcrobotTask task) {
        Acrobot acrobot = new Acrobot(AcrobotParameters.GYMNASIUM, task, AcrobotDynamics.BOOK, new SplittableRandom(3));
        double[] state = stateOf(acrobot.reset(), task);
        Step step = null;
        int steps = 0;
        double total = 0.0;
        do {
            step = acrobot.step(pump(state));
            state = stateOf(step.observation(), task);
            total += step.reward();
            steps++;
        } while (!step.terminated() && steps < 1000);
        assertTrue(step.terminated(), "no swing-up within 1000 steps");
        double expected = switch (task) {
            case PAPER -> 100 - 0.1 * (steps - 1);
            case GYMNASIUM -> -(steps - 1);
        };
        assertEquals(expected, total, 1e-9);
        double[] action = pump(state);
        assertThrows(IllegalStateException.class, () -> acrobot.step(action));
        acrobot.reset();
        acrobot.step(action);
    }

    /** The state from an observation; for the 6-d observation only the sign-free angles are recovered. */
    private static double[] stateOf(double[] observation, AcrobotTask task) {
        return switch (task) {
            case PAPER -> observation.clone();
            case GYMNASIUM -> new double[] {Math.atan2(observation[1], observation[0]),
                Math.atan2(observation[3], observation[2]), observation[4], observation[5]};
        };
    }

    @Test
    void resetIsFloat32UniformInPlusMinusOneTenth() {
        Acrobot acrobot = new Acrobot(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.BOOK,
                new SplittableRandom(8));
        for (int i = 0; i < 1000; i++) {
            for (double x : acrobot.reset()) {
                assertTrue(x >= -0.1 && x <= 0.1);
                assertEquals((double) (float) x, x, "reset state is float32");
            }
        }
    }

    @Test
    void anglesAreWrappedAndVelocitiesBoundedAfterTheStep() {
        AcrobotModel model = new AcrobotModel(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.BOOK);
        double[] next = new double[4];
        model.transition(new double[] {3.0, 3.0, 12.0, 27.0}, new double[] {2.0}, next);
        assertTrue(Math.abs(next[0]) <= Math.PI && Math.abs(next[1]) <= Math.PI);
        assertTrue(Math.abs(next[2]) <= 4 * Math.PI && Math.abs(next[3]) <= 9 * Math.PI);
        assertTrue(Math.abs(next[2]) == 4 * Math.PI || Math.abs(next[3]) == 9 * Math.PI, "a bound was hit");
        assertEquals(2.0, model.torque(new double[] {5.0}));
        assertEquals(-2.0, model.torque(new double[] {-5.0}));
    }

    @Test
    void gymnasiumObservationIsFloat32CosSin() {
        AcrobotModel model = new AcrobotModel(AcrobotParameters.GYMNASIUM, AcrobotTask.GYMNASIUM, AcrobotDynamics.BOOK);
        double[] o = model.observation(new double[] {0.3, -1.2, 2.5, -7.0});
        assertEquals(6, o.length);
        assertEquals((float) Math.cos(0.3), o[0]);
        assertEquals((float) Math.sin(0.3), o[1]);
        assertEquals((float) Math.cos(-1.2), o[2]);
        assertEquals((float) Math.sin(-1.2), o[3]);
        assertEquals((float) 2.5, o[4]);
        assertEquals((float) -7.0, o[5]);
    }

    @Test
    void nipsDropsTheCentrifugalTermOfTheBook() {
        double[] state = {0.4, 0.7, 1.5, -0.5};
        double[] book = new double[4];
        double[] nips = new double[4];
        new AcrobotModel(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.BOOK)
                .transition(state, new double[] {0.0}, book);
        new AcrobotModel(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.NIPS)
                .transition(state, new double[] {0.0}, nips);
        assertNotEquals(book[3], nips[3]);
    }
}
