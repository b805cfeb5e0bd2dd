package io.lrpg.envs.acrobot;

import io.lrpg.core.env.Box;
import io.lrpg.envs.integrate.Angles;
import io.lrpg.envs.integrate.OdeSystem;
import io.lrpg.envs.integrate.RungeKutta4;
import io.lrpg.envs.model.EnvironmentModel;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The acrobot's dynamics as pure functions of the state <code>s = (θ1, θ2, θ̇1, θ̇2)</code>; the equations
 * are stated on {@link Acrobot}. The RK4 stages use preallocated scratch arrays, so a transition allocates
 * nothing, and an instance is not thread-safe.
 */
public final class AcrobotModel implements EnvironmentModel {

    /** Index of θ1 (link 1 against the vertical; 0 hangs straight down). */
    public static final int THETA1 = 0;
    /** Index of θ2 (link 2 relative to link 1). */
    public static final int THETA2 = 1;
    /** Index of θ̇1. */
    public static final int THETA1_DOT = 2;
    /** Index of θ̇2. */
    public static final int THETA2_DOT = 3;

    private static final double RESET_BOUND = 0.1;

    private final AcrobotParameters parameters;
    private final AcrobotTask task;
    private final AcrobotDynamics dynamics;
    private final Box observationSpace;
    private final Box actionSpace;
    private final OdeSystem derivatives = new Derivatives();
    private final RungeKutta4 integrator = new RungeKutta4(5);
    private final double[] augmented = new double[5];
    private final double[] integrated = new double[5];

    public AcrobotModel(AcrobotParameters parameters, AcrobotTask task, AcrobotDynamics dynamics) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.task = Objects.requireNonNull(task, "task");
        this.dynamics = Objects.requireNonNull(dynamics, "dynamics");
        double v1 = parameters.maxVelocity1();
        double v2 = parameters.maxVelocity2();
        this.observationSpace = switch (task) {
            case PAPER -> new Box(new double[] {-Math.PI, -Math.PI, -v1, -v2},
                    new double[] {Math.PI, Math.PI, v1, v2});
            // float32 bounds like Gymnasium's, so that float32-rounded velocities stay inside
            case GYMNASIUM -> new Box(new double[] {-1, -1, -1, -1, -(double) (float) v1, -(double) (float) v2},
                    new double[] {1, 1, 1, 1, (double) (float) v1, (double) (float) v2});
        };
        this.actionSpace = Box.uniform(1, -parameters.maxTorque(), parameters.maxTorque());
    }

    public AcrobotParameters parameters() {
        return parameters;
    }

    public AcrobotTask task() {
        return task;
    }

    public AcrobotDynamics dynamics() {
        return dynamics;
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

    /** The torque the dynamics apply: <code>τ = clip(a[0], −maxTorque, maxTorque)</code>. */
    public double torque(double[] action) {
        return Angles.clip(action[0], -parameters.maxTorque(), parameters.maxTorque());
    }

    /** Each component <code>~ U(−0.1, 0.1)</code>, rounded to float32 like Gymnasium's reset. */
    @Override
    public void initialState(RandomGenerator random, double[] state) {
        for (int i = 0; i < 4; i++) {
            state[i] = (float) random.nextDouble(-RESET_BOUND, RESET_BOUND);
        }
    }

    @Override
    public void transition(double[] state, double[] action, double[] next) {
        System.arraycopy(state, 0, augmented, 0, 4);
        augmented[4] = torque(action);
        integrator.step(derivatives, augmented, parameters.dt(), integrated);
        next[THETA1] = Angles.wrap(integrated[THETA1], -Math.PI, Math.PI);
        next[THETA2] = Angles.wrap(integrated[THETA2], -Math.PI, Math.PI);
        next[THETA1_DOT] = Angles.clip(integrated[THETA1_DOT], -parameters.maxVelocity1(), parameters.maxVelocity1());
        next[THETA2_DOT] = Angles.clip(integrated[THETA2_DOT], -parameters.maxVelocity2(), parameters.maxVelocity2());
    }

    /** <code>−cos θ1 − cos(θ2 + θ1) &gt; 1</code>: the tip is above the bar one link length over the pivot. */
    private static boolean tipAboveLine(double[] s) {
        return -Math.cos(s[THETA1]) - Math.cos(s[THETA2] + s[THETA1]) > 1.0;
    }

    @Override
    public double reward(double[] state, double[] action, double[] next) {
        boolean terminal = tipAboveLine(next);
        return switch (task) {
            case PAPER -> terminal ? 100.0 : -0.1;
            case GYMNASIUM -> terminal ? 0.0 : -1.0;
        };
    }

    @Override
    public boolean terminal(double[] state, double[] action, double[] next) {
        return tipAboveLine(next);
    }

    @Override
    public double[] observation(double[] s) {
        return switch (task) {
            case PAPER -> new double[] {s[THETA1], s[THETA2], s[THETA1_DOT], s[THETA2_DOT]};
            case GYMNASIUM -> new double[] {
                (float) Math.cos(s[THETA1]), (float) Math.sin(s[THETA1]),
                (float) Math.cos(s[THETA2]), (float) Math.sin(s[THETA2]),
                (float) s[THETA1_DOT], (float) s[THETA2_DOT]};
        };
    }

    /**
     * <code>f(θ1, θ2, θ̇1, θ̇2, τ) = (θ̇1, θ̇2, θ̈1, θ̈2, 0)</code>, every product in Gymnasium's association
     * order (constants are not pre-folded, e.g. <code>(m1·lc1 + m2·l1)·g</code> is 1.5·9.8 at run time).
     */
    private final class Derivatives implements OdeSystem {

        @Override
        public int dimension() {
            return 5;
        }

        @Override
        public void derivatives(double[] y, double[] yDot) {
            double m1 = parameters.linkMass1();
            double m2 = parameters.linkMass2();
            double l1 = parameters.linkLength1();
            double lc1 = parameters.linkCenterOfMass1();
            double lc2 = parameters.linkCenterOfMass2();
            double i1 = parameters.linkMomentOfInertia();
            double i2 = parameters.linkMomentOfInertia();
            double g = parameters.gravity();
            double theta1 = y[0];
            double theta2 = y[1];
            double dtheta1 = y[2];
            double dtheta2 = y[3];
            double a = y[4];
            // d1 = m1·lc1² + m2·(l1² + lc2² + 2·l1·lc2·cos θ2) + I1 + I2
            double d1 = m1 * (lc1 * lc1) + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * Math.cos(theta2)) + i1 + i2;
            // d2 = m2·(lc2² + l1·lc2·cos θ2) + I2
            double d2 = m2 * (lc2 * lc2 + l1 * lc2 * Math.cos(theta2)) + i2;
            // φ2 = m2·lc2·g·cos(θ1 + θ2 − π/2)
            double phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2.0);
            // φ1 = −m2·l1·lc2·θ̇2²·sin θ2 − 2·m2·l1·lc2·θ̇2·θ̇1·sin θ2 + (m1·lc1 + m2·l1)·g·cos(θ1 − π/2) + φ2
            double phi1 = -m2 * l1 * lc2 * (dtheta2 * dtheta2) * Math.sin(theta2)
                    - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * Math.sin(theta2)
                    + (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2)
                    + phi2;
            double ddtheta2 = switch (dynamics) {
                case BOOK -> (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * Math.sin(theta2) - phi2)
                        / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
                case NIPS -> (a + d2 / d1 * phi1 - phi2) / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
            };
            double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
            yDot[0] = dtheta1;
            yDot[1] = dtheta2;
            yDot[2] = ddtheta1;
            yDot[3] = ddtheta2;
            yDot[4] = 0.0;
        }
    }
}
