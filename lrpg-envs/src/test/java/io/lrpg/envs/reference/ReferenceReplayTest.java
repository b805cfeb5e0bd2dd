package io.lrpg.envs.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.envs.mountaincar.MountainCarModel;
import io.lrpg.envs.mountaincar.MountainCarParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped reference file passes the README's one-step and open-loop comparisons. */
class ReferenceReplayTest {

    static Stream<Path> files() {
        return ReferenceFiles.all().stream();
    }

    @Test
    void allTwentySixFilesAreShipped() {
        List<Path> files = ReferenceFiles.all();
        assertEquals(ReferenceFiles.COUNT, files.size(), files::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void oneStepMatchesEveryRow(Path file) {
        ReferenceTrajectory trajectory = ReferenceCsv.read(file);
        ReplayResult result = ReferenceReplayer.replay(trajectory);
        Comparison oneStep = result.oneStep();
        assertEquals(trajectory.rows(), oneStep.rows());
        assertTrue(oneStep.passed(), () -> file.getFileName() + ": " + oneStep);
        assertTrue(oneStep.maxDeviation() <= 1e-12, () -> "max one-step deviation " + oneStep.maxDeviation());
    }

    static Stream<Path> mountainCarFiles() {
        return ReferenceFiles.withPrefix(ReferenceFormat.MOUNTAIN_CAR_CONTINUOUS_V0.filePrefix());
    }

    @Test
    void fourMountainCarFilesAreShipped() {
        assertEquals(4, mountainCarFiles().count());
    }

    /**
     * The README: a port following the float32 rules reproduces every float32 state exactly. Checked bit for bit
     * (stricter than the replayer's 1e-12), one-step and open-loop over the whole file, and the reward within
     * one ulp; the flags exactly.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mountainCarFiles")
    void mountainCarStatesAreReproducedBitForBit(Path file) {
        ReferenceTrajectory trajectory = ReferenceCsv.read(file);
        MountainCarModel model = new MountainCarModel(MountainCarParameters.GYMNASIUM);
        double[] openLoop = new double[4]; // zeros: a float32-stored state, as the recorded ones are
        openLoop[MountainCarModel.POSITION] = trajectory.value("s_position", 0);
        openLoop[MountainCarModel.VELOCITY] = trajectory.value("s_velocity", 0);
        double[] next = new double[4];
        for (int row = 0; row < trajectory.rows(); row++) {
            double[] action = {trajectory.value("action", row)};
            double[] recorded = {trajectory.value("s_position", row), trajectory.value("s_velocity", row), 0.0, 0.0};
            for (double[] state : List.of(recorded, openLoop)) {
                String at = file.getFileName() + " row " + row + (state == openLoop ? " open-loop" : " one-step");
                model.transition(state, action, next);
                assertEquals(trajectory.value("ns_position", row), next[MountainCarModel.POSITION], 0.0, at);
                assertEquals(trajectory.value("ns_velocity", row), next[MountainCarModel.VELOCITY], 0.0, at);
                assertArrayEquals(new double[] {trajectory.value("obs_position", row),
                    trajectory.value("obs_velocity", row)}, model.observation(next), 0.0, at);
                double reward = trajectory.value("reward", row);
                assertEquals(reward, model.reward(state, action, next), Math.ulp(reward), at);
                assertEquals(trajectory.value("terminated", row) == 1.0, model.terminal(state, action, next), at);
            }
            System.arraycopy(next, 0, openLoop, 0, next.length);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void openLoopStaysWithinTheReadmeTolerance(Path file) {
        ReferenceTrajectory trajectory = ReferenceCsv.read(file);
        Comparison openLoop = ReferenceReplayer.replay(trajectory).openLoop();
        int expectedRows = trajectory.format().environment().id().startsWith("acrobot")
                ? Math.min(50, trajectory.rows()) : trajectory.rows();
        assertEquals(expectedRows, openLoop.rows());
        assertTrue(openLoop.passed(), () -> file.getFileName() + ": " + openLoop);
    }
}
