package io.lrpg.envs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void allTwentyTwoFilesAreShipped() {
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
