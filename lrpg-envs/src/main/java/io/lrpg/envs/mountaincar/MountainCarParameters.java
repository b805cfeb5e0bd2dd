package io.lrpg.envs.mountaincar;

/**
 * Constants of the continuous mountain car (the attributes Gymnasium's {@code Continuous_MountainCarEnv} sets in
 * its constructor). The slope term <code>0.0025·cos(3x)</code> and the reset interval [−0.6, −0.4] are
 * hard-coded in Gymnasium and in {@link MountainCarModel}.
 *
 * @param maxAction    bound on |force|; the action is clipped to [−maxAction, maxAction] ({@code min_action},
 *                     {@code max_action})
 * @param power        the force's coefficient in the velocity update
 * @param minPosition  the left wall, where a negative velocity is set to 0
 * @param maxPosition  the right end of the track
 * @param maxSpeed     bound on |velocity|
 * @param goalPosition the episode terminates once the position reaches it …
 * @param goalVelocity … with a velocity at least this (Gymnasium's only constructor argument, default 0)
 */
public record MountainCarParameters(double maxAction, double power, double minPosition, double maxPosition,
        double maxSpeed, double goalPosition, double goalVelocity) {

    /** Gymnasium's {@code MountainCarContinuous-v0}: ±1, 0.0015, [−1.2, 0.6], 0.07, goal x ≥ 0.45, ẋ ≥ 0. */
    public static final MountainCarParameters GYMNASIUM =
            new MountainCarParameters(1.0, 0.0015, -1.2, 0.6, 0.07, 0.45, 0.0);

    public MountainCarParameters {
        requirePositive("maxAction", maxAction);
        requirePositive("power", power);
        requirePositive("maxSpeed", maxSpeed);
        requireFinite("minPosition", minPosition);
        requireFinite("maxPosition", maxPosition);
        requireFinite("goalPosition", goalPosition);
        requireFinite("goalVelocity", goalVelocity);
        if (!(minPosition < maxPosition)) {
            throw new IllegalArgumentException("minPosition must be < maxPosition, were " + minPosition + " and "
                    + maxPosition);
        }
        if (!(goalPosition > minPosition && goalPosition <= maxPosition)) {
            throw new IllegalArgumentException("goalPosition must lie in (minPosition, maxPosition] = (" + minPosition
                    + ", " + maxPosition + "], was " + goalPosition);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) { // also rejects NaN
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }
}
