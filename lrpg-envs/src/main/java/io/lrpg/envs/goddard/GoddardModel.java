package io.lrpg.envs.goddard;

import io.lrpg.core.env.Box;
import io.lrpg.envs.model.EnvironmentModel;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The Goddard rocket's dynamics as pure functions of the state <code>s = (v, h, m, h_max)</code>, where
 * h_max is the hidden running maximum altitude; the equations are stated on {@link GoddardRocket}.
 * Stateless and thread-safe.
 */
public final class GoddardModel implements EnvironmentModel {

    /** Index of the velocity v. */
    public static final int VELOCITY = 0;
    /** Index of the altitude h. */
    public static final int ALTITUDE = 1;
    /** Index of the mass m. */
    public static final int MASS = 2;
    /** Index of the hidden running maximum altitude h_max. */
    public static final int MAX_ALTITUDE = 3;

    private final RocketParameters rocket;
    private final GoddardTask task;
    private final double dt;
    private final double h0;
    private final double g0;
    private final double hc;
    private final double dryMass;
    private final double maxThrust;
    private final double dragCoefficient;
    private final double fuelPerThrust;
    private final Box observationSpace;
    private final Box actionSpace;

    public GoddardModel(RocketParameters rocket, GoddardTask task) {
        this.rocket = Objects.requireNonNull(rocket, "rocket");
        this.task = Objects.requireNonNull(task, "task");
        this.dt = rocket.dt();
        this.h0 = rocket.h0();
        this.g0 = rocket.g0();
        this.hc = rocket.hc();
        this.dryMass = rocket.dryMass();
        this.maxThrust = rocket.maxThrust();
        this.dragCoefficient = rocket.dragCoefficient();
        this.fuelPerThrust = rocket.fuelPerThrust();
        // v is unbounded; h ≥ H0 by the ground clamp; m ≥ M1, and unbounded above because a negative
        // (unclipped) throttle adds mass
        this.observationSpace = new Box(
                new double[] {Double.NEGATIVE_INFINITY, h0, dryMass},
                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
        this.actionSpace = Box.uniform(1, 0.0, 1.0);
    }

    public RocketParameters rocket() {
        return rocket;
    }

    public GoddardTask task() {
        return task;
    }

    @Override
    public int stateDimension() {
        return 4;
    }

    @Override
    public Box observationSpace() {
        return observationSpace;
    }

    @Override
    public Box actionSpace() {
        return actionSpace;
    }

    /** Deterministic: <code>(v, h, m, h_max) = (V0, H0, M0, H0)</code>; draws nothing. */
    @Override
    public void initialState(RandomGenerator random, double[] state) {
        state[VELOCITY] = rocket.v0();
        state[ALTITUDE] = h0;
        state[MASS] = rocket.m0();
        state[MAX_ALTITUDE] = h0;
    }

    /** Whether the tank is empty before the step, <code>m ≤ M1</code>. */
    public boolean tankEmpty(double[] state) {
        return state[MASS] <= dryMass;
    }

    /** The throttle the dynamics apply: 0 if the tank is empty before the step, else a[0] unclipped. */
    public double throttle(double[] state, double[] action) {
        return tankEmpty(state) ? 0.0 : action[0];
    }

    /** Thrust <code>T = THRUST_MAX · throttle</code>. */
    public double thrust(double[] state, double[] action) {
        return maxThrust * throttle(state, action);
    }

    /** Drag <code>D(v, h) = DC·v·|v|·exp(−HC·(h − H0)/H0)</code> (its sign follows v). */
    public double drag(double v, double h) {
        return dragCoefficient * v * Math.abs(v) * Math.exp(-hc * (h - h0) / h0);
    }

    /** Gravity <code>g(h) = G0·(H0/h)²</code>. */
    public double gravity(double h) {
        double ratio = h0 / h;
        return g0 * (ratio * ratio);
    }

    @Override
    public void transition(double[] state, double[] action, double[] next) {
        double v = state[VELOCITY];
        double h = state[ALTITUDE];
        double m = state[MASS];
        double thrust = thrust(state, action);
        double drag = drag(v, h);
        double g = gravity(h);
        // ground clamp: on the pad (h exactly H0) a non-zero velocity is reset to 0
        next[VELOCITY] = h == h0 && v != 0.0 ? 0.0 : v + dt * ((thrust - drag) / m - g);
        next[ALTITUDE] = Math.max(h + dt * v, h0);                        // the old v
        next[MASS] = Math.max(m - dt * fuelPerThrust * thrust, dryMass);  // m − ((DT·GAMMA)·T)
        next[MAX_ALTITUDE] = Math.max(state[MAX_ALTITUDE], next[ALTITUDE]);
    }

    @Override
    public double reward(double[] state, double[] action, double[] next) {
        return terminal(state, action, next) ? task.rewardScale() * (next[MAX_ALTITUDE] - h0) : 0.0;
    }

    /** <code>done = (m ≤ M1 before the step) ∧ v' &lt; 0 ∧ h_max' &gt; H0</code>. */
    @Override
    public boolean terminal(double[] state, double[] action, double[] next) {
        return tankEmpty(state) && next[VELOCITY] < 0 && next[MAX_ALTITUDE] > h0;
    }

    @Override
    public double[] observation(double[] state) {
        return new double[] {state[VELOCITY], state[ALTITUDE], state[MASS]};
    }
}
