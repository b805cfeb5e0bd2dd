package io.lrpg.envs;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.TimeLimit;
import io.lrpg.envs.acrobot.Acrobot;
import io.lrpg.envs.acrobot.AcrobotDynamics;
import io.lrpg.envs.acrobot.AcrobotModel;
import io.lrpg.envs.acrobot.AcrobotParameters;
import io.lrpg.envs.acrobot.AcrobotTask;
import io.lrpg.envs.goddard.GoddardModel;
import io.lrpg.envs.goddard.GoddardRocket;
import io.lrpg.envs.goddard.GoddardTask;
import io.lrpg.envs.goddard.RocketParameters;
import io.lrpg.envs.model.EnvironmentModel;
import io.lrpg.envs.mountaincar.MountainCarContinuous;
import io.lrpg.envs.mountaincar.MountainCarModel;
import io.lrpg.envs.mountaincar.MountainCarParameters;
import io.lrpg.envs.pendulum.Pendulum;
import io.lrpg.envs.pendulum.PendulumModel;
import io.lrpg.envs.pendulum.PendulumParameters;
import io.lrpg.envs.pendulum.PendulumTask;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Builds the environments of {@link EnvironmentId} with the presets the paper and Gymnasium use. */
public final class Environments {

    private Environments() {}

    /**
     * The environment {@code id}, drawing its resets from {@code random}. The standard environments
     * ({@code pendulum-v1}, {@code acrobot-v1}, {@code mountain-car-continuous-v0}) are wrapped in their
     * registered {@link TimeLimit}, like Gymnasium's {@code make}; the paper's environments have none (only
     * termination ends them).
     */
    public static Environment create(EnvironmentId id, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Environment environment = switch (id) {
            case PENDULUM -> new Pendulum(PendulumParameters.GYMNASIUM, PendulumTask.BALANCE, random);
            case PENDULUM_V1 -> new Pendulum(PendulumParameters.GYMNASIUM, PendulumTask.SWING_UP, random);
            case ACROBOT -> new Acrobot(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.BOOK, random);
            case ACROBOT_V1 -> new Acrobot(
                    AcrobotParameters.GYMNASIUM, AcrobotTask.GYMNASIUM, AcrobotDynamics.BOOK, random);
            case GODDARD -> new GoddardRocket(RocketParameters.SA2_DIMENSIONLESS, GoddardTask.PAPER, random);
            case MOUNTAIN_CAR_CONTINUOUS_V0 -> new MountainCarContinuous(MountainCarParameters.GYMNASIUM, random);
        };
        return id.registeredTimeLimit().isPresent()
                ? new TimeLimit(environment, id.registeredTimeLimit().getAsInt())
                : environment;
    }

    /** The pure dynamics of environment {@code id} (a fresh instance; acrobot models hold scratch space). */
    public static EnvironmentModel model(EnvironmentId id) {
        return switch (id) {
            case PENDULUM -> new PendulumModel(PendulumParameters.GYMNASIUM, PendulumTask.BALANCE);
            case PENDULUM_V1 -> new PendulumModel(PendulumParameters.GYMNASIUM, PendulumTask.SWING_UP);
            case ACROBOT -> new AcrobotModel(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.BOOK);
            case ACROBOT_V1 -> new AcrobotModel(
                    AcrobotParameters.GYMNASIUM, AcrobotTask.GYMNASIUM, AcrobotDynamics.BOOK);
            case GODDARD -> new GoddardModel(RocketParameters.SA2_DIMENSIONLESS, GoddardTask.PAPER);
            case MOUNTAIN_CAR_CONTINUOUS_V0 -> new MountainCarModel(MountainCarParameters.GYMNASIUM);
        };
    }
}
