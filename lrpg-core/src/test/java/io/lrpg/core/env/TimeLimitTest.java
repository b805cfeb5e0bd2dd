package io.lrpg.core.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TimeLimitTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new TimeLimit(new CountdownEnvironment(random), 3);
    }

    @Override
    protected double[] terminatingAction() {
        return new double[] {0.0};
    }

    @Test
    void truncatesAtTheLimitAndNeverTerminates() {
        Environment environment = create(new SplittableRandom(1)); // counter >= 5, so the limit of 3 comes first
        environment.reset();
        double[] action = {0.0};
        assertFalse(environment.step(action).isLast());
        assertFalse(environment.step(action).isLast());
        Step third = environment.step(action);
        assertTrue(third.truncated());
        assertFalse(third.terminated());
        assertThrows(IllegalStateException.class, () -> environment.step(action));
    }

    @Test
    void passesTerminationThroughWithoutTruncating() {
        Environment environment = new TimeLimit(new CountdownEnvironment(new SplittableRandom(1)), 100);
        environment.reset();
        Step step;
        int steps = 0;
        do {
            step = environment.step(new double[] {0.0});
            steps++;
        } while (!step.isLast());
        assertTrue(step.terminated());
        assertFalse(step.truncated());
        assertTrue(steps >= 5 && steps < 10, "steps " + steps);
    }

    @Test
    void rejectsNonPositiveLimits() {
        Environment inner = new CountdownEnvironment(new SplittableRandom(1));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(inner, 0));
        assertEquals(5, new TimeLimit(inner, 5).maxSteps());
    }
}
