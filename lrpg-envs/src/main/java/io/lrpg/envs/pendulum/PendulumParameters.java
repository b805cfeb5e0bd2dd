package io.lrpg.envs.pendulum;

/**
 * Physical constants of the torque-controlled pendulum.
 *
 * @param gravity   g, gravitational acceleration (Gymnasium's default is 10.0, not 9.81)
 * @param mass      m, mass of the point at the tip
 * @param length    l, length of the rod
 * @param dt        integration time step
 * @param maxSpeed  bound on |θ̇|
 * @param maxTorque bound on |u|; actions are clipped to [−maxTorque, maxTorque]
 */
public record PendulumParameters(
        double gravity, double mass, double length, double dt, double maxSpeed, double maxTorque) {

    /** Gymnasium's {@code Pendulum-v1} defaults, also used by the paper: g = 10, m = l = 1, dt = 0.05, 8, 2. */
    public static final PendulumParameters GYMNASIUM = new PendulumParameters(10.0, 1.0, 1.0, 0.05, 8.0, 2.0);

    public PendulumParameters {
        requirePositive("gravity", gravity);
        requirePositive("mass", mass);
        requirePositive("length", length);
        requirePositive("dt", dt);
        requirePositive("maxSpeed", maxSpeed);
        requirePositive("maxTorque", maxTorque);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) { // also rejects NaN
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }

    /** The gravity coefficient <code>3g / (2l)</code> of θ̈ (15.0 for the defaults). */
    public double gravityCoefficient() {
        return 3 * gravity / (2 * length);
    }

    /** The torque coefficient <code>3 / (m l²)</code> of θ̈ (3.0 for the defaults). */
    public double torqueCoefficient() {
        return 3.0 / (mass * (length * length));
    }
}
