package io.lrpg.envs.integrate;

/** An autonomous system of ordinary differential equations <code>ẏ = f(y)</code>. */
public interface OdeSystem {

    /** The dimension n of y. */
    int dimension();

    /**
     * Evaluates <code>ẏ = f(y)</code>.
     *
     * @param y    (input) the point, length n; not modified
     * @param yDot (output) the derivative, length n; modified
     */
    void derivatives(double[] y, double[] yDot);
}
