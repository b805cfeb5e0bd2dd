package io.lrpg.envs.reference;

import io.lrpg.envs.Environments;
import io.lrpg.envs.acrobot.AcrobotModel;
import io.lrpg.envs.goddard.GoddardModel;
import io.lrpg.envs.model.EnvironmentModel;
import io.lrpg.envs.mountaincar.MountainCarModel;
import io.lrpg.envs.pendulum.PendulumModel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Replays a {@link ReferenceTrajectory} through the environment's pure {@link EnvironmentModel} and runs
 * the two comparisons of {@code reference/envs/README.md}:
 * <ul>
 * <li><b>one-step</b> (teacher-forced), every row: set the state to the row's {@code s_*}, step once with
 *     its {@code action}, and require <code>|got − ref| ≤ 1e-12·max(1, |ref|)</code> for every real output
 *     (float32 observation columns: additionally accepted within relative 1e-6), flags exactly;</li>
 * <li><b>open-loop</b>: start from row 0's state and feed the model's own next state forward with the
 *     recorded actions, over the whole file (Goddard: bound 1e-12·max(1, |ref|); pendulums and the mountain
 *     car: absolute 1e-6) or the first 50 rows (acrobots: absolute 1e-9, the system is chaotic); flags
 *     exactly.</li>
 * </ul>
 * Steps continue after a terminal row, as the reference files do. A model state with more components than the
 * file's {@code s_*} columns (the mountain car's hidden storage type and goal flag) is loaded with 0 in the
 * others, which for the mountain car means a float32 state, as the recorded states are. The standard environments' {@code truncated}
 * column is the registered time limit's flag after <code>t + 1</code> steps.
 */
public final class ReferenceReplayer {

    /** The README's one-step bound <code>1e-12·max(1, |ref|)</code>. */
    public static final Tolerance ONE_STEP = new Tolerance(1e-12, 1e-12);
    /** The additional acceptance for float32 observation columns, relative 1e-6. */
    public static final Tolerance FLOAT32 = new Tolerance(0.0, 1e-6);

    private ReferenceReplayer() {}

    /** Runs both comparisons on {@code trajectory}. */
    public static ReplayResult replay(ReferenceTrajectory trajectory) {
        ReferenceFormat format = trajectory.format();
        Run run = new Run(trajectory);
        Comparison oneStep = run.compare(trajectory.rows(), ONE_STEP, true);
        int openRows = Math.min(trajectory.rows(), format.openLoopRows().orElse(trajectory.rows()));
        Comparison openLoop = run.compare(openRows, format.openLoopTolerance(), false);
        return new ReplayResult(trajectory.source(), format, trajectory.rows(), oneStep, openLoop);
    }

    /** The columns and scratch arrays of one replay. */
    private static final class Run {

        private final ReferenceFormat format;
        private final EnvironmentModel model;
        private final List<ReferenceFormat.Column> outputs;
        private final double[][] stateColumns;
        private final double[] actions;
        private final double[][] expected;
        private final double[] state;
        private final double[] next;
        private final double[] action = new double[1];
        private final double[] got;

        Run(ReferenceTrajectory trajectory) {
            this.format = trajectory.format();
            this.model = Environments.model(format.environment());
            this.outputs = format.outputs();
            this.stateColumns = format.stateColumns().stream().map(trajectory::column).toArray(double[][]::new);
            this.actions = trajectory.column(ReferenceFormat.ACTION_COLUMN);
            this.expected = outputs.stream().map(c -> trajectory.column(c.name())).toArray(double[][]::new);
            this.state = new double[model.stateDimension()];
            this.next = new double[model.stateDimension()];
            this.got = new double[outputs.size()];
        }

        Comparison compare(int rows, Tolerance tolerance, boolean teacherForced) {
            Tolerance float32 = tolerance.max(FLOAT32);
            loadState(0);
            double maxDeviation = 0.0;
            String worstColumn = "";
            int worstRow = -1;
            double maxFloat32 = 0.0;
            int violations = 0;
            int flagMismatches = 0;
            String firstFailure = null;
            for (int row = 0; row < rows; row++) {
                if (teacherForced) {
                    loadState(row);
                }
                action[0] = actions[row];
                step(row);
                for (int c = 0; c < got.length; c++) {
                    ReferenceFormat.Column column = outputs.get(c);
                    double ref = expected[c][row];
                    double deviation = Math.abs(got[c] - ref);
                    boolean ok;
                    switch (column.kind()) {
                        case FLAG -> {
                            ok = got[c] == ref;
                            if (!ok) {
                                flagMismatches++;
                            }
                        }
                        case FLOAT32 -> {
                            ok = tolerance.accepts(got[c], ref) || float32.accepts(got[c], ref);
                            double relative = deviation / Math.max(Math.abs(ref), 1e-300);
                            if (!(relative <= maxFloat32)) {
                                maxFloat32 = relative;
                            }
                            if (!ok) {
                                violations++;
                            }
                        }
                        case REAL -> {
                            ok = tolerance.accepts(got[c], ref);
                            if (!(deviation <= maxDeviation)) { // NaN propagates
                                maxDeviation = deviation;
                                worstColumn = column.name();
                                worstRow = row;
                            }
                            if (!ok) {
                                violations++;
                            }
                        }
                        default -> throw new IllegalStateException("unknown column kind " + column.kind());
                    }
                    if (!ok && firstFailure == null) {
                        firstFailure = String.format("row %d (line %d) %s: got %s, reference %s",
                                row, ReferenceTrajectory.lineOf(row), column.name(), got[c], ref);
                    }
                }
                System.arraycopy(next, 0, state, 0, state.length);
            }
            return new Comparison(rows, maxDeviation, worstColumn, worstRow, maxFloat32, violations, flagMismatches,
                    Optional.ofNullable(firstFailure));
        }

        /** Sets the state to the row's {@code s_*} columns and any further (hidden) components to 0. */
        private void loadState(int row) {
            for (int i = 0; i < stateColumns.length; i++) {
                state[i] = stateColumns[i][row];
            }
            Arrays.fill(state, stateColumns.length, state.length, 0.0);
        }

        /** Steps the model once from {@link #state} and writes every output in {@link #outputs} order. */
        private void step(int row) {
            model.transition(state, action, next);
            int c = derived();
            double[] observation = model.observation(next);
            for (double value : observation) {
                got[c++] = value;
            }
            got[c++] = model.reward(state, action, next);
            got[c++] = model.terminal(state, action, next) ? 1.0 : 0.0;
            OptionalInt limit = format.environment().registeredTimeLimit();
            if (limit.isPresent()) {
                got[c++] = row + 1 >= limit.getAsInt() ? 1.0 : 0.0;
            }
            for (int i = 0; i < format.nextStateColumns().size(); i++) {
                got[c++] = next[format.nextStateIndex(i)];
            }
        }

        /** Writes the derived columns (effective action, Goddard's info) and returns the next index. */
        private int derived() {
            switch (format) {
                case CUSTOM_PENDULUM, PENDULUM_V1 -> {
                    got[0] = ((PendulumModel) model).torque(action);
                    return 1;
                }
                case CUSTOM_ACROBOT, ACROBOT_V1 -> {
                    got[0] = ((AcrobotModel) model).torque(action);
                    return 1;
                }
                case CUSTOM_GODDARD -> {
                    GoddardModel rocket = (GoddardModel) model;
                    got[0] = rocket.throttle(state, action);
                    got[1] = rocket.thrust(state, action);
                    got[2] = rocket.drag(state[GoddardModel.VELOCITY], state[GoddardModel.ALTITUDE]);
                    got[3] = rocket.gravity(state[GoddardModel.ALTITUDE]);
                    return 4;
                }
                case MOUNTAIN_CAR_CONTINUOUS_V0 -> {
                    got[0] = ((MountainCarModel) model).force(action);
                    return 1;
                }
                default -> throw new IllegalStateException("no derived columns defined for " + format);
            }
        }
    }
}
