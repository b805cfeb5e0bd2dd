package io.lrpg.envs.pendulum;

import io.lrpg.core.env.Box;
import io.lrpg.envs.integrate.Angles;
import io.lrpg.envs.model.EnvironmentModel;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The pendulum's dynamics as pure functions of the state <code>s = (θ, θ̇)</code>; the equations, for
 * both {@link PendulumTask tasks}, are stated on {@link Pendulum}. Stateless and thread-safe.
 */
public final class PendulumModel implements EnvironmentModel {

    /** Index of θ in the state (θ = 0 is upright, never wrapped). */
    public static final int THETA = 0;
    /** Index of θ̇ in the state. */
    public static final int THETA_DOT = 1;

    private static final double QUARTER_PI = Math.PI / 4;

    private final PendulumParameters parameters;
    private final PendulumTask task;
    private final double gravityCoefficient;
    private final double torqueCoefficient;
    private final Box observationSpace;
    private final Box actionSpace;

    public PendulumModel(PendulumParameters parameters, PendulumTask task) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.task = Objects.requireNonNull(task, "task");
        this.gravityCoefficient = parameters.gravityCoefficient();
        this.torqueCoefficient = parameters.torqueCoefficient();
        double maxSpeed = parameters.maxSpeed();
        this.observationSpace = switch (task) {
            // θ grows without bound after a fall; θ̇ is clipped (reset draws it in [0, 0.01))
            case BALANCE -> new Box(new double[] {Double.NEGATIVE_INFINITY, -maxSpeed},
                    new double[] {Double.POSITIVE_INFINITY, maxSpeed});
            case SWING_UP -> new Box(new double[] {-1.0, -1.0, -(double) (float) maxSpeed},
                    new double[] {1.0, 1.0, (double) (float) maxSpeed});
        };
        this.actionSpace = Box.uniform(1, -parameters.maxTorque(), parameters.maxTorque());
    }

    public PendulumParameters parameters() {
        return parameters;
    }

    public PendulumTask task() {
        return task;
    }

    @Override
    public int stateDimension() {
        return 2;
    }

    @Override
    public Box observationSpace() {
        return observationSpace;
    }

    @Override
    public Box actionSpace() {
        return actionSpace;
    }

    /** The torque the dynamics apply: <code>u = clip(a[0], −maxTorque, maxTorque)</code>. */
    public double torque(double[] action) {
        return Angles.clip(action[0], -parameters.maxTorque(), parameters.maxTorque());
    }

    @Override
    public void initialState(RandomGenerator random, double[] state) {
        switch (task) {
            case BALANCE -> {
                state[THETA] = random.nextDouble() / 100;      // U[0, 1)/100, like np.random.rand()/100
                state[THETA_DOT] = random.nextDouble() / 100;
            }
            case SWING_UP -> {
                state[THETA] = random.nextDouble(-Math.PI, Math.PI);
                state[THETA_DOT] = random.nextDouble(-1.0, 1.0);
            }
        }
    }

    @Override
    public void transition(double[] state, double[] action, double[] next) {
        double theta = state[THETA];
        double thetaDot = state[THETA_DOT];
        double u = torque(action);
        double dt = parameters.dt();
        double maxSpeed = parameters.maxSpeed();
        switch (task) {
            case BALANCE -> {
                // θ̇_raw = θ̇ + (−(3g/2l)·sin(θ + π) + 3/(ml²)·u)·dt;  θ' = θ + θ̇_raw·dt;  θ̇' = clip(θ̇_raw)
                double rawThetaDot = thetaDot
                        + (-gravityCoefficient * Math.sin(theta + Math.PI) + torqueCoefficient * u) * dt;
                next[THETA] = theta + rawThetaDot * dt;
                next[THETA_DOT] = Angles.clip(rawThetaDot, -maxSpeed, maxSpeed);
            }
            case SWING_UP -> {
                // θ̇' = clip(θ̇ + ((3g/2l)·sin θ + 3/(ml²)·u)·dt);  θ' = θ + θ̇'·dt
                double newThetaDot = Angles.clip(
                        thetaDot + (gravityCoefficient * Math.sin(theta) + torqueCoefficient * u) * dt,
                        -maxSpeed, maxSpeed);
                next[THETA] = theta + newThetaDot * dt;
                next[THETA_DOT] = newThetaDot;
            }
        }
    }

    @Override
    public double reward(double[] state, double[] action, double[] next) {
        double wrapped = Angles.normalize(state[THETA]);
        double thetaDot = state[THETA_DOT];
        double cost = wrapped * wrapped + 0.1 * (thetaDot * thetaDot);
        return switch (task) {
            case BALANCE -> 1 - cost;
            case SWING_UP -> {
                double u = torque(action);
                yield -(cost + 0.001 * (u * u));
            }
        };
    }

    @Override
    public boolean terminal(double[] state, double[] action, double[] next) {
        return switch (task) {
            case BALANCE -> next[THETA] > QUARTER_PI || next[THETA] < -QUARTER_PI;
            case SWING_UP -> false;
        };
    }

    @Override
    public double[] observation(double[] state) {
        double theta = state[THETA];
        return switch (task) {
            case BALANCE -> new double[] {theta, state[THETA_DOT]};
            case SWING_UP -> new double[] {
                (float) Math.cos(theta), (float) Math.sin(theta), (float) state[THETA_DOT]};
        };
    }
}
