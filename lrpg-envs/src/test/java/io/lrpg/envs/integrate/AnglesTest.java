package io.lrpg.envs.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnglesTest {

    @Test
    void normalizeMatchesPythonsFlooredModulo() {
        // values printed by Python: ((x + pi) % (2*pi)) - pi
        assertEquals(2.2831853071795862, Angles.normalize(-4.0));
        assertEquals(-2.2831853071795862, Angles.normalize(4.0));
        assertEquals(-Math.PI, Angles.normalize(Math.PI));
        assertEquals(0.0, Angles.normalize(0.0));
    }

    @Test
    void wrapKeepsTheBoundariesAndLoops() {
        assertEquals(Math.PI, Angles.wrap(Math.PI, -Math.PI, Math.PI));
        assertEquals(-Math.PI, Angles.wrap(-Math.PI, -Math.PI, Math.PI));
        assertEquals(4.0 - 2 * Math.PI, Angles.wrap(4.0, -Math.PI, Math.PI));
        assertEquals((-10.0 + 2 * Math.PI) + 2 * Math.PI, Angles.wrap(-10.0, -Math.PI, Math.PI));
    }

    @Test
    void clipIsMinOfMax() {
        assertEquals(2.0, Angles.clip(3.0, -2.0, 2.0));
        assertEquals(-2.0, Angles.clip(-3.0, -2.0, 2.0));
        assertEquals(0.5, Angles.clip(0.5, -2.0, 2.0));
    }
}
