package io.lrpg.envs;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The six environments of the suite. Strings are parsed only at the edge, with {@link #parse(String)};
 * {@link #id()} is the external name.
 */
public enum EnvironmentId {
    /** The paper's pendulum balance task ({@code CustomPendulumEnv}). */
    PENDULUM("pendulum", "paper's pendulum: balance near upright, |θ| ≤ π/4, reward 1 − cost, obs [θ, θ̇]"),
    /** Gymnasium's {@code Pendulum-v1} swing-up. */
    PENDULUM_V1("pendulum-v1", "Gymnasium Pendulum-v1 swing-up (g = 10), obs float32 [cos θ, sin θ, θ̇], 200-step limit"),
    /** The paper's continuous-torque acrobot ({@code CustomAcrobotEnv}). */
    ACROBOT("acrobot", "paper's acrobot: continuous torque ±2, −0.1 per step, +100 at the goal, raw 4-d obs"),
    /** Gymnasium's {@code Acrobot-v1} with a continuous torque. */
    ACROBOT_V1("acrobot-v1", "Gymnasium Acrobot-v1 (torque clipped to ±2), reward −1/0, float32 6-d obs, 500-step limit"),
    /** The paper's Goddard rocket ({@code CustomGoddardEnv}). */
    GODDARD("goddard", "paper's Goddard rocket (SA-2, dimensionless): unclipped throttle, reward 100·(h_max − 1) at the end"),
    /** Gymnasium's {@code MountainCarContinuous-v0}. */
    MOUNTAIN_CAR_CONTINUOUS_V0("mountain-car-continuous-v0", "Gymnasium MountainCarContinuous-v0: force clipped to ±1, "
            + "−0.1·a² per step, +100 at x ≥ 0.45, float32 obs [x, ẋ], 999-step limit");

    private final String id;
    private final String description;

    EnvironmentId(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The external name, e.g. {@code pendulum-v1}. */
    public String id() {
        return id;
    }

    /** A one-line description. */
    public String description() {
        return description;
    }

    /**
     * The time limit that Gymnasium's registration adds ({@code Pendulum-v1}: 200, {@code Acrobot-v1}: 500,
     * {@code MountainCarContinuous-v0}: 999);
     * empty for the paper's environments, which are used without one.
     */
    public OptionalInt registeredTimeLimit() {
        return switch (this) {
            case PENDULUM_V1 -> OptionalInt.of(200);
            case ACROBOT_V1 -> OptionalInt.of(500);
            case MOUNTAIN_CAR_CONTINUOUS_V0 -> OptionalInt.of(999);
            case PENDULUM, ACROBOT, GODDARD -> OptionalInt.empty();
        };
    }

    /**
     * Parses an external name ({@code pendulum}, {@code pendulum-v1}, {@code acrobot}, {@code acrobot-v1},
     * {@code goddard}, {@code mountain-car-continuous-v0}; case-insensitive).
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static EnvironmentId parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (EnvironmentId value : values()) {
            if (value.id.equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown environment '" + name + "', expected one of "
                + Arrays.stream(values()).map(EnvironmentId::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
