package io.lrpg.envs.reference;

import io.lrpg.envs.EnvironmentId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The reference CSV layout of each environment family (see {@code reference/envs/README.md}): which
 * columns hold the pre-step state, which outputs are compared and how, and the README's open-loop
 * tolerance. One family per {@link EnvironmentId}, recognized by its file-name prefix.
 *
 * <p>Outputs are compared in {@link #outputs()} order: the derived effective action (and Goddard's info
 * values), the observation, the reward, the flag(s), then the post-step state columns.
 */
public enum ReferenceFormat {

    /** {@code custom_pendulum_*}: the paper's pendulum. */
    CUSTOM_PENDULUM("custom_pendulum_", EnvironmentId.PENDULUM,
            List.of("s_theta", "s_thetadot"),
            List.of("torque_applied"),
            List.of("obs_theta", "obs_thetadot"), ColumnKind.REAL, "done",
            List.of("ns_theta", "ns_thetadot"), new int[] {0, 1},
            new Tolerance(1e-6, 0.0), OptionalInt.empty()),
    /** {@code pendulum_v1_*}: Gymnasium's Pendulum-v1. */
    PENDULUM_V1("pendulum_v1_", EnvironmentId.PENDULUM_V1,
            List.of("s_theta", "s_thetadot"),
            List.of("torque_applied"),
            List.of("obs_cos_theta", "obs_sin_theta", "obs_thetadot"), ColumnKind.FLOAT32, "terminated",
            List.of("ns_theta", "ns_thetadot"), new int[] {0, 1},
            new Tolerance(1e-6, 0.0), OptionalInt.empty()),
    /** {@code custom_acrobot_*}: the paper's acrobot. */
    CUSTOM_ACROBOT("custom_acrobot_", EnvironmentId.ACROBOT,
            List.of("s_theta1", "s_theta2", "s_dtheta1", "s_dtheta2"),
            List.of("torque_applied"),
            List.of("obs_theta1", "obs_theta2", "obs_dtheta1", "obs_dtheta2"), ColumnKind.REAL, "done",
            List.of("ns_theta1", "ns_theta2", "ns_dtheta1", "ns_dtheta2"), new int[] {0, 1, 2, 3},
            new Tolerance(1e-9, 0.0), OptionalInt.of(50)),
    /** {@code acrobot_v1_*}: Gymnasium's Acrobot-v1 with a continuous torque. */
    ACROBOT_V1("acrobot_v1_", EnvironmentId.ACROBOT_V1,
            List.of("s_theta1", "s_theta2", "s_dtheta1", "s_dtheta2"),
            List.of("torque_applied"),
            List.of("obs_cos_theta1", "obs_sin_theta1", "obs_cos_theta2", "obs_sin_theta2",
                    "obs_dtheta1", "obs_dtheta2"), ColumnKind.FLOAT32, "terminated",
            List.of("ns_theta1", "ns_theta2", "ns_dtheta1", "ns_dtheta2"), new int[] {0, 1, 2, 3},
            new Tolerance(1e-9, 0.0), OptionalInt.of(50)),
    /** {@code custom_goddard_*}: the paper's Goddard rocket (obs_v, obs_h, obs_m are the post-step state). */
    CUSTOM_GODDARD("custom_goddard_", EnvironmentId.GODDARD,
            List.of("s_v", "s_h", "s_m", "s_hmax"),
            List.of("throttle_applied", "thrust", "drag", "gravity"),
            List.of("obs_v", "obs_h", "obs_m"), ColumnKind.REAL, "done",
            List.of("ns_hmax"), new int[] {3},
            new Tolerance(1e-12, 1e-12), OptionalInt.empty()),
    /**
     * {@code mountain_car_continuous_v0_*}: Gymnasium's MountainCarContinuous-v0. Observation and state columns
     * are float32 values, but the port reproduces them exactly, so they are compared as doubles (one-step
     * 1e-12·max(1, |ref|), no float32 allowance); open-loop whole file, absolute 1e-6.
     */
    MOUNTAIN_CAR_CONTINUOUS_V0("mountain_car_continuous_v0_", EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0,
            List.of("s_position", "s_velocity"),
            List.of("force_applied"),
            List.of("obs_position", "obs_velocity"), ColumnKind.REAL, "terminated",
            List.of("ns_position", "ns_velocity"), new int[] {0, 1},
            new Tolerance(1e-6, 0.0), OptionalInt.empty());

    /** How a column is compared. */
    public enum ColumnKind {
        /** A double: one-step bound <code>1e-12·max(1, |ref|)</code>, open-loop the family's bound. */
        REAL,
        /** A float32 value widened to double: additionally accepted within relative 1e-6. */
        FLOAT32,
        /** A 0/1 flag: compared exactly. */
        FLAG
    }

    /** A compared output column. */
    public record Column(String name, ColumnKind kind) {}

    /** The name of the step-index column. */
    public static final String STEP_COLUMN = "t";
    /** The name of the raw-action column. */
    public static final String ACTION_COLUMN = "action";
    /** The name of the reward column. */
    public static final String REWARD_COLUMN = "reward";
    /** The name of the time-limit flag of the standard environments. */
    public static final String TRUNCATED_COLUMN = "truncated";

    private final String filePrefix;
    private final EnvironmentId environment;
    private final List<String> stateColumns;
    private final List<String> derivedColumns;
    private final List<String> observationColumns;
    private final String terminalColumn;
    private final List<String> nextStateColumns;
    private final int[] nextStateIndices;
    private final Tolerance openLoopTolerance;
    private final OptionalInt openLoopRows;
    private final List<Column> outputs;
    private final List<String> columns;

    ReferenceFormat(String filePrefix, EnvironmentId environment, List<String> stateColumns,
            List<String> derivedColumns, List<String> observationColumns, ColumnKind observationKind,
            String terminalColumn, List<String> nextStateColumns, int[] nextStateIndices,
            Tolerance openLoopTolerance, OptionalInt openLoopRows) {
        this.filePrefix = filePrefix;
        this.environment = environment;
        this.stateColumns = stateColumns;
        this.derivedColumns = derivedColumns;
        this.observationColumns = observationColumns;
        this.terminalColumn = terminalColumn;
        this.nextStateColumns = nextStateColumns;
        this.nextStateIndices = nextStateIndices;
        this.openLoopTolerance = openLoopTolerance;
        this.openLoopRows = openLoopRows;
        List<Column> out = new ArrayList<>();
        derivedColumns.forEach(name -> out.add(new Column(name, ColumnKind.REAL)));
        observationColumns.forEach(name -> out.add(new Column(name, observationKind)));
        out.add(new Column(REWARD_COLUMN, ColumnKind.REAL));
        out.add(new Column(terminalColumn, ColumnKind.FLAG));
        if (environment.registeredTimeLimit().isPresent()) {
            out.add(new Column(TRUNCATED_COLUMN, ColumnKind.FLAG));
        }
        nextStateColumns.forEach(name -> out.add(new Column(name, ColumnKind.REAL)));
        this.outputs = Collections.unmodifiableList(out);
        List<String> all = new ArrayList<>();
        all.add(STEP_COLUMN);
        all.addAll(stateColumns);
        all.add(ACTION_COLUMN);
        out.forEach(column -> all.add(column.name()));
        this.columns = Collections.unmodifiableList(all);
    }

    /** The file-name prefix, e.g. {@code custom_pendulum_}. */
    public String filePrefix() {
        return filePrefix;
    }

    /** The environment whose dynamics produced files of this format. */
    public EnvironmentId environment() {
        return environment;
    }

    /** The pre-step state columns, in the order of the model's state vector. */
    public List<String> stateColumns() {
        return stateColumns;
    }

    /** The derived debugging columns (effective action; Goddard also thrust, drag, gravity). */
    public List<String> derivedColumns() {
        return derivedColumns;
    }

    /** The observation columns. */
    public List<String> observationColumns() {
        return observationColumns;
    }

    /** The terminal flag's column ({@code done} or {@code terminated}). */
    public String terminalColumn() {
        return terminalColumn;
    }

    /** The post-step state columns compared besides the observation. */
    public List<String> nextStateColumns() {
        return nextStateColumns;
    }

    /** The index in the model's state vector of each of {@link #nextStateColumns()}. */
    public int nextStateIndex(int column) {
        return nextStateIndices[column];
    }

    /** The README's open-loop bound for this family. */
    public Tolerance openLoopTolerance() {
        return openLoopTolerance;
    }

    /** How many leading rows the open-loop replay compares; empty means the whole file. */
    public OptionalInt openLoopRows() {
        return openLoopRows;
    }

    /** The compared output columns, in comparison order. */
    public List<Column> outputs() {
        return outputs;
    }

    /** Every column a file of this format has (in any order). */
    public List<String> columns() {
        return columns;
    }

    /** The format of an environment. */
    public static ReferenceFormat of(EnvironmentId environment) {
        for (ReferenceFormat format : values()) {
            if (format.environment == environment) {
                return format;
            }
        }
        throw new IllegalStateException("no reference format for " + environment);
    }

    /**
     * The format named by a file's name prefix ({@code custom_pendulum_}, {@code pendulum_v1_},
     * {@code custom_acrobot_}, {@code acrobot_v1_}, {@code custom_goddard_}, {@code mountain_car_continuous_v0_}).
     *
     * @param source   the file as named by the caller, for the error message
     * @param fileName the bare file name
     * @throws ReferenceFormatException if no prefix matches
     */
    public static ReferenceFormat fromFileName(String source, String fileName) {
        for (ReferenceFormat format : values()) {
            if (fileName.startsWith(format.filePrefix)) {
                return format;
            }
        }
        throw new ReferenceFormatException(source, "unknown file-name prefix (expected one of "
                + Arrays.stream(values()).map(f -> f.filePrefix).collect(Collectors.joining(", "))
                + ", or name the environment explicitly)");
    }
}
