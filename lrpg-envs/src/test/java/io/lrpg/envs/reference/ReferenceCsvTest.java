package io.lrpg.envs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.envs.EnvironmentId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files raise {@link ReferenceFormatException} naming file and line; a corrupted file fails. */
class ReferenceCsvTest {

    @TempDir
    Path temp;

    private static List<String> lines(String name) throws IOException {
        return new ArrayList<>(Files.readAllLines(ReferenceFiles.file(name), StandardCharsets.UTF_8));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(temp.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private ReferenceFormatException failure(Path file) {
        return assertThrows(ReferenceFormatException.class, () -> ReferenceCsv.read(file));
    }

    @Test
    void readsColumnsByHeaderName() {
        ReferenceTrajectory trajectory = ReferenceCsv.read(ReferenceFiles.file("custom_goddard_01.csv"));
        assertEquals(ReferenceFormat.CUSTOM_GODDARD, trajectory.format());
        assertEquals(184, trajectory.rows());
        assertEquals(0.0025, trajectory.value("obs_v", 0));
        assertEquals(1.0, trajectory.value("done", 183));
    }

    @Test
    void columnOrderDoesNotMatter() throws IOException {
        List<String> lines = lines("custom_pendulum_01.csv");
        List<String> swapped = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",");
            String first = f[1];
            f[1] = f[2];
            f[2] = first;
            swapped.add(String.join(",", f));
        }
        Path file = write("custom_pendulum_swapped.csv", swapped);
        assertTrue(ReferenceReplayer.replay(ReferenceCsv.read(file)).passed());
    }

    @Test
    void missingFile() {
        ReferenceFormatException e = failure(temp.resolve("custom_pendulum_nope.csv"));
        assertTrue(e.getMessage().contains("custom_pendulum_nope.csv") && e.getMessage().contains("no such file"),
                e::getMessage);
        assertEquals(OptionalInt.empty(), e.line());
    }

    @Test
    void unknownPrefix() throws IOException {
        Path file = write("mystery_01.csv", lines("custom_pendulum_01.csv"));
        ReferenceFormatException e = failure(file);
        assertTrue(e.getMessage().startsWith(file + ": unknown file-name prefix"), e::getMessage);
    }

    @Test
    void explicitEnvironmentOverridesTheName() throws IOException {
        Path file = write("mystery_01.csv", lines("custom_goddard_02.csv"));
        assertTrue(ReferenceReplayer.replay(ReferenceCsv.read(file, EnvironmentId.GODDARD)).passed());
        // the wrong environment is caught by the header check
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> ReferenceCsv.read(file, EnvironmentId.PENDULUM));
        assertEquals(OptionalInt.of(1), e.line());
    }

    @Test
    void missingColumn() throws IOException {
        List<String> lines = lines("custom_pendulum_01.csv");
        lines.replaceAll(line -> line.substring(0, line.lastIndexOf(',')));
        ReferenceFormatException e = failure(write("custom_pendulum_x.csv", lines));
        assertEquals(OptionalInt.of(1), e.line());
        assertTrue(e.detail().contains("missing column 'ns_thetadot'"), e::getMessage);
    }

    @Test
    void unknownColumn() throws IOException {
        List<String> lines = lines("custom_pendulum_01.csv");
        lines.set(0, lines.get(0).replace("reward", "rewrad"));
        ReferenceFormatException e = failure(write("custom_pendulum_x.csv", lines));
        assertEquals(OptionalInt.of(1), e.line());
        assertTrue(e.detail().contains("unknown column 'rewrad'"), e::getMessage);
    }

    @Test
    void unparsableNumber() throws IOException {
        List<String> lines = lines("custom_pendulum_01.csv");
        lines.set(5, lines.get(5).replaceFirst(",[^,]*$", ",abc"));
        ReferenceFormatException e = failure(write("custom_pendulum_x.csv", lines));
        assertEquals("custom_pendulum_x.csv:6: unparsable number 'abc' in column ns_thetadot",
                e.getMessage().substring(e.getMessage().lastIndexOf('/') + 1));
    }

    @Test
    void tooFewColumns() throws IOException {
        List<String> lines = lines("pendulum_v1_03.csv");
        lines.set(10, lines.get(10).substring(0, lines.get(10).lastIndexOf(',')));
        ReferenceFormatException e = failure(write("pendulum_v1_x.csv", lines));
        assertEquals(OptionalInt.of(11), e.line());
        assertTrue(e.detail().startsWith("too few columns: expected 13, found 12"), e::getMessage);
    }

    @Test
    void tooManyColumns() throws IOException {
        List<String> lines = lines("pendulum_v1_03.csv");
        lines.set(3, lines.get(3) + ",1");
        ReferenceFormatException e = failure(write("pendulum_v1_x.csv", lines));
        assertEquals(OptionalInt.of(4), e.line());
        assertTrue(e.detail().startsWith("too many columns"), e::getMessage);
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertEquals(OptionalInt.of(1), failure(write("custom_goddard_x.csv", List.of())).line());
        List<String> header = lines("custom_goddard_01.csv").subList(0, 1);
        assertTrue(failure(write("custom_goddard_y.csv", header)).detail().contains("no data rows"));
    }

    @Test
    void flagsMustBeZeroOrOneAndStepsContiguous() throws IOException {
        List<String> lines = lines("custom_goddard_01.csv");
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.replaceFirst(",1,([^,]*)$", ",2,$1"));
        assertTrue(failure(write("custom_goddard_x.csv", lines)).detail().contains("flag column done"));
        List<String> skipped = lines("custom_goddard_01.csv");
        skipped.remove(7);
        ReferenceFormatException e = failure(write("custom_goddard_y.csv", skipped));
        assertEquals(OptionalInt.of(8), e.line());
        assertTrue(e.detail().startsWith("step index t is '7', expected 6"), e::getMessage);
    }

    @Test
    void aCorruptedNumberFailsBothComparisons() throws IOException {
        List<String> lines = lines("custom_goddard_01.csv");
        // row 100: change obs_h (column 12) in its 12th significant digit
        String[] f = lines.get(101).split(",");
        double h = Double.parseDouble(f[11]);
        f[11] = Double.toString(h + 1e-11);
        lines.set(101, String.join(",", f));
        ReplayResult result = ReferenceReplayer.replay(ReferenceCsv.read(write("custom_goddard_x.csv", lines)));
        assertFalse(result.passed());
        assertFalse(result.oneStep().passed());
        assertEquals(1, result.oneStep().violations());
        assertEquals(100, result.oneStep().worstRow());
        assertEquals("obs_h", result.oneStep().worstColumn());
        assertFalse(result.openLoop().passed());
        assertTrue(result.oneStep().firstFailure().orElseThrow().startsWith("row 100 (line 102) obs_h"));
    }

    @Test
    void aFlippedFlagFails() throws IOException {
        List<String> lines = lines("custom_pendulum_02.csv");
        String[] f = lines.get(3).split(",");
        f[8] = "1"; // done on row 2, which did not end the episode
        lines.set(3, String.join(",", f));
        ReplayResult result = ReferenceReplayer.replay(ReferenceCsv.read(write("custom_pendulum_x.csv", lines)));
        assertEquals(1, result.oneStep().flagMismatches());
        assertEquals(1, result.openLoop().flagMismatches());
    }
}
