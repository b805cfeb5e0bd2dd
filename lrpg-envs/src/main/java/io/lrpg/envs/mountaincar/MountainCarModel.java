package io.lrpg.envs.mountaincar;

import io.lrpg.core.env.Box;
import io.lrpg.envs.integrate.Angles;
import io.lrpg.envs.model.EnvironmentModel;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The continuous mountain car's dynamics as pure functions of the state
 * <code>s = (x, ẋ, storage, reached)</code>; the equations and every float32 rule are stated on
 * {@link MountainCarContinuous}. Stateless and thread-safe.
 *
 * <p>Besides position and velocity the state holds two things Gymnasium keeps implicitly, so that a step
 * is a pure function of the state and a replay can start from any recorded state:
 * <ul>
 * <li>{@link #STORAGE}: the NumPy type of Gymnasium's {@code self.state} array, which decides the arithmetic
 *     of the next step: {@link #STORED_FLOAT64} right after a reset (Gymnasium's reset builds a float64
 *     array), {@link #STORED_FLOAT32} after every step (the step stores a float32 array). Recorded
 *     reference states, which are float32 values, are {@link #STORED_FLOAT32} = 0, the value of a zeroed
 *     array.</li>
 * <li>{@link #GOAL_REACHED}: 1 if the step that produced this state met the goal test, 0 otherwise (and after
 *     a reset). Gymnasium tests the goal on the position and velocity <em>before</em> rounding them to
 *     float32, which the state no longer holds; {@link #terminal} and {@link #reward} read this flag.</li>
 * </ul>
 */
public final class MountainCarModel implements EnvironmentModel {

    /** Index of the position x in the state. */
    public static final int POSITION = 0;
    /** Index of the velocity ẋ in the state. */
    public static final int VELOCITY = 1;
    /** Index of the storage type of x and ẋ: {@link #STORED_FLOAT32} or {@link #STORED_FLOAT64}. */
    public static final int STORAGE = 2;
    /** Index of the goal flag of the step that produced the state: 1 reached, 0 not. */
    public static final int GOAL_REACHED = 3;
    /** {@link #STORAGE} after any step: x and ẋ are float32 values (also the value of a zeroed array). */
    public static final double STORED_FLOAT32 = 0.0;
    /** {@link #STORAGE} right after a reset: x is the full double draw, and the next step runs in float64. */
    public static final double STORED_FLOAT64 = 1.0;

    /** The slope term's coefficient in <code>ẋ += F·power − 0.0025·cos(3x)</code> (hard-coded in Gymnasium). */
    static final double SLOPE = 0.0025;
    /** The reset draws x from U(RESET_LOW, RESET_HIGH) (Gymnasium's defaults; its reset options are not ported). */
    static final double RESET_LOW = -0.6;
    static final double RESET_HIGH = -0.4;
    /** The reward for reaching the goal. */
    static final double GOAL_REWARD = 100.0;
    /** The action cost's coefficient: <code>−0.1·a²</code>. */
    static final double ACTION_COST = 0.1;

    /**
     * The NumPy 2 type of a scalar in Gymnasium's step. A Python float is "weak": with a float32 operand the
     * operation (and a comparison) runs in float32 after rounding the Python float to float32; with a float64
     * or another Python float it runs in double.
     */
    private enum Scalar { FLOAT32, FLOAT64, PYTHON_FLOAT }

    private final MountainCarParameters parameters;
    private final Box observationSpace;
    private final Box actionSpace;

    public MountainCarModel(MountainCarParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        // Gymnasium's Box(low_state, high_state, float32): the bounds rounded to float32
        this.observationSpace = new Box(
                new double[] {(float) parameters.minPosition(), (float) -parameters.maxSpeed()},
                new double[] {(float) parameters.maxPosition(), (float) parameters.maxSpeed()});
        this.actionSpace = Box.uniform(1, -parameters.maxAction(), parameters.maxAction());
    }

    public MountainCarParameters parameters() {
        return parameters;
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

    /** The force the dynamics apply: <code>F = clip(a[0], −maxAction, maxAction)</code>. */
    public double force(double[] action) {
        return Angles.clip(action[0], -parameters.maxAction(), parameters.maxAction());
    }

    /** <code>x ~ U(−0.6, −0.4)</code> kept in double ({@link #STORED_FLOAT64}), <code>ẋ = 0</code>. */
    @Override
    public void initialState(RandomGenerator random, double[] state) {
        state[POSITION] = random.nextDouble(RESET_LOW, RESET_HIGH);
        state[VELOCITY] = 0.0;
        state[STORAGE] = STORED_FLOAT64;
        state[GOAL_REACHED] = 0.0;
    }

    /**
     * Gymnasium's step, statement by statement, with the NumPy 2 type of every intermediate tracked:
     * <pre>
     *   F  = min(max(a, −1), 1)               float64 a if inside, else the Python bound
     *   ẋ += F·0.0015 − 0.0025·cos(3x)        3x in the storage type; the sum in float64 if the state or F is
     *                                         float64, else in float32 (Python right-hand side rounded first)
     *   ẋ  = clip(ẋ, ±0.07)                   compared in ẋ's type; a clipped ẋ is the Python bound
     *   x += ẋ                                float64 if either is, else float32
     *   x  = clip(x, −1.2, 0.6)               compared in x's type; a clipped x is the Python bound
     *   ẋ  = 0 if x == −1.2 and ẋ &lt; 0
     *   reached = x ≥ 0.45 and ẋ ≥ 0          on these unrounded values, compared in their types
     *   s' = (float32 x, float32 ẋ, float32 storage, reached)
     * </pre>
     */
    @Override
    public void transition(double[] state, double[] action, double[] next) {
        Scalar stored = storage(state[STORAGE]);
        double position = state[POSITION];
        double velocity = state[VELOCITY];
        double maxAction = parameters.maxAction();
        double maxSpeed = parameters.maxSpeed();

        // force = min(max(action[0], min_action), max_action): Python's max/min keep the first argument unless
        // the bound is strictly beyond it, so an action inside (or NaN) stays the float64 action
        double force = action[0];
        Scalar forceType = Scalar.FLOAT64;
        if (-maxAction > force) {
            force = -maxAction;
            forceType = Scalar.PYTHON_FLOAT;
        }
        if (maxAction < force) {
            force = maxAction;
            forceType = Scalar.PYTHON_FLOAT;
        }
        // 3 * position: the Python int is weak, so a float32 product for a float32 position
        double angle = stored == Scalar.FLOAT32 ? (double) (3f * (float) position) : 3.0 * position;
        double drive = force * parameters.power() - SLOPE * Math.cos(angle); // type of force
        Scalar velocityType = promote(stored, forceType);
        velocity = add(velocity, drive, velocityType);
        if (greater(velocity, velocityType, maxSpeed)) {
            velocity = maxSpeed;
            velocityType = Scalar.PYTHON_FLOAT;
        }
        if (less(velocity, velocityType, -maxSpeed)) {
            velocity = -maxSpeed;
            velocityType = Scalar.PYTHON_FLOAT;
        }
        Scalar positionType = promote(stored, velocityType);
        position = add(position, velocity, positionType);
        if (greater(position, positionType, parameters.maxPosition())) {
            position = parameters.maxPosition();
            positionType = Scalar.PYTHON_FLOAT;
        }
        if (less(position, positionType, parameters.minPosition())) {
            position = parameters.minPosition();
            positionType = Scalar.PYTHON_FLOAT;
        }
        if (equal(position, positionType, parameters.minPosition()) && velocity < 0) { // 0 is an exact int
            velocity = 0.0;
            velocityType = Scalar.PYTHON_FLOAT; // the Python int 0, also weak
        }
        boolean reached = atLeast(position, positionType, parameters.goalPosition())
                && atLeast(velocity, velocityType, parameters.goalVelocity());
        next[POSITION] = (float) position;
        next[VELOCITY] = (float) velocity;
        next[STORAGE] = STORED_FLOAT32;
        next[GOAL_REACHED] = reached ? 1.0 : 0.0;
    }

    /**
     * <code>r = 100·reached − 0.1·pow(a, 2)</code> with the <em>raw, unclipped</em> action a, in double
     * (Gymnasium's reward is a Python float, never rounded to float32).
     */
    @Override
    public double reward(double[] state, double[] action, double[] next) {
        double cost = Math.pow(action[0], 2) * ACTION_COST;
        return (next[GOAL_REACHED] == 1.0 ? GOAL_REWARD : 0.0) - cost;
    }

    /** Whether the step met the goal test (on its unrounded values; see {@link #GOAL_REACHED}). */
    @Override
    public boolean terminal(double[] state, double[] action, double[] next) {
        return next[GOAL_REACHED] == 1.0;
    }

    /** <code>o = float32([x, ẋ])</code>; after a step x and ẋ already are float32 values, so o = (x, ẋ). */
    @Override
    public double[] observation(double[] state) {
        return new double[] {(float) state[POSITION], (float) state[VELOCITY]};
    }

    private static Scalar storage(double code) {
        if (code == STORED_FLOAT32) {
            return Scalar.FLOAT32;
        }
        if (code == STORED_FLOAT64) {
            return Scalar.FLOAT64;
        }
        throw new IllegalArgumentException("state[STORAGE] must be " + STORED_FLOAT32 + " (float32) or "
                + STORED_FLOAT64 + " (float64), was " + code);
    }

    /** The NumPy 2 result type of a binary operation of two scalars: float64 wins, a Python float is weak. */
    private static Scalar promote(Scalar x, Scalar y) {
        if (x == Scalar.FLOAT64 || y == Scalar.FLOAT64) {
            return Scalar.FLOAT64;
        }
        if (x == Scalar.FLOAT32 || y == Scalar.FLOAT32) {
            return Scalar.FLOAT32;
        }
        return Scalar.PYTHON_FLOAT;
    }

    /** <code>x + y</code> in {@code type}: float32 rounds both operands (exact for float32 ones) and the sum. */
    private static double add(double x, double y, Scalar type) {
        return type == Scalar.FLOAT32 ? (double) ((float) x + (float) y) : x + y;
    }

    /** <code>x &gt; bound</code> for x of {@code type} and a Python float bound (rounded to float32 for float32 x). */
    private static boolean greater(double x, Scalar type, double bound) {
        return type == Scalar.FLOAT32 ? (float) x > (float) bound : x > bound;
    }

    /** <code>x &lt; bound</code> compared in x's type. */
    private static boolean less(double x, Scalar type, double bound) {
        return type == Scalar.FLOAT32 ? (float) x < (float) bound : x < bound;
    }

    /** <code>x == bound</code> compared in x's type. */
    private static boolean equal(double x, Scalar type, double bound) {
        return type == Scalar.FLOAT32 ? (float) x == (float) bound : x == bound;
    }

    /** <code>x ≥ bound</code> compared in x's type. */
    private static boolean atLeast(double x, Scalar type, double bound) {
        return type == Scalar.FLOAT32 ? (float) x >= (float) bound : x >= bound;
    }
}
