package io.lrpg.envs.integrate;

/**
 * One step of the classical fourth-order Runge–Kutta method, evaluated in the exact order of Gymnasium's
 * {@code rk4} helper (called with the time grid {@code [0, h]}):
 * <pre>
 *   k1 = f(y)
 *   k2 = f(y + (h/2)·k1)
 *   k3 = f(y + (h/2)·k2)
 *   k4 = f(y + h·k3)
 *   y' = y + (h/6)·(((k1 + 2·k2) + 2·k3) + k4)
 * </pre>
 * The four stages are kept in scratch arrays allocated once, so {@link #step} allocates nothing. An
 * instance is therefore not thread-safe.
 */
public final class RungeKutta4 {

    private final int dimension;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] stage;

    /** Scratch space for systems of the given dimension. */
    public RungeKutta4(int dimension) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be > 0, was " + dimension);
        }
        this.dimension = dimension;
        k1 = new double[dimension];
        k2 = new double[dimension];
        k3 = new double[dimension];
        k4 = new double[dimension];
        stage = new double[dimension];
    }

    /**
     * Advances {@code y} by one step of size {@code h}.
     *
     * @param system the right-hand side, of this integrator's dimension
     * @param y      (input) the current point; not modified
     * @param h      the step size
     * @param out    (output) y'; modified; may be the same array as {@code y}
     */
    public void step(OdeSystem system, double[] y, double h, double[] out) {
        if (system.dimension() != dimension || y.length != dimension || out.length != dimension) {
            throw new IllegalArgumentException("expected dimension " + dimension + ", was system "
                    + system.dimension() + ", y " + y.length + ", out " + out.length);
        }
        double half = h / 2.0;
        system.derivatives(y, k1);
        for (int i = 0; i < dimension; i++) {
            stage[i] = y[i] + half * k1[i];
        }
        system.derivatives(stage, k2);
        for (int i = 0; i < dimension; i++) {
            stage[i] = y[i] + half * k2[i];
        }
        system.derivatives(stage, k3);
        for (int i = 0; i < dimension; i++) {
            stage[i] = y[i] + h * k3[i];
        }
        system.derivatives(stage, k4);
        double sixth = h / 6.0;
        for (int i = 0; i < dimension; i++) {
            out[i] = y[i] + sixth * (((k1[i] + 2.0 * k2[i]) + 2.0 * k3[i]) + k4[i]);
        }
    }
}
