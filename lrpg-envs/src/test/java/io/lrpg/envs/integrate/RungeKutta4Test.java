package io.lrpg.envs.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RungeKutta4Test {

    /** ẏ = A·y with A = [[0, 1], [−1, 0]] (harmonic oscillator). */
    private static final OdeSystem OSCILLATOR = new OdeSystem() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void derivatives(double[] y, double[] yDot) {
            yDot[0] = y[1];
            yDot[1] = -y[0];
        }
    };

    @Test
    void oneStepIsTheFourthOrderTaylorPolynomial() {
        // for a linear system RK4 gives y' = (I + hA + (hA)²/2 + (hA)³/6 + (hA)⁴/24)·y exactly
        double h = 0.2;
        double c = 1 - h * h / 2 + h * h * h * h / 24; // even powers of A = −I
        double s = h - h * h * h / 6;                  // odd powers
        double[] out = new double[2];
        new RungeKutta4(2).step(OSCILLATOR, new double[] {1.0, 0.0}, h, out);
        assertEquals(c, out[0], 1e-15);
        assertEquals(-s, out[1], 1e-15);
    }

    @Test
    void manyStepsFollowTheExactSolution() {
        RungeKutta4 rk4 = new RungeKutta4(2);
        double[] y = {1.0, 0.0};
        for (int i = 0; i < 1000; i++) {
            rk4.step(OSCILLATOR, y, 0.001, y); // out may alias y
        }
        assertEquals(Math.cos(1.0), y[0], 1e-12);
        assertEquals(-Math.sin(1.0), y[1], 1e-12);
    }

    @Test
    void rejectsDimensionMismatch() {
        assertThrows(IllegalArgumentException.class, () -> new RungeKutta4(3).step(OSCILLATOR, new double[3], 0.1, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new RungeKutta4(0));
    }
}
