package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.experiment.EpisodesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReaderTest {

    @TempDir
    Path temp;

    private static String row(String env, String model, int run, long seed, int episode, String value, int diverged) {
        return env + "," + model + "," + run + "," + seed + "," + episode + "," + value + ",10,1,0," + diverged + "\n";
    }

    private static Path write(Path file, String... rows) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, EpisodesCsv.HEADER + "\n" + String.join("", rows));
        return file;
    }

    private static ResultsFormatException fails(Path... folders) {
        return assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(folders)));
    }

    @Test
    void readsTrainAndReproduceLayoutsAndGroupsPerCell() throws IOException {
        Path a = temp.resolve("a");
        write(a.resolve("episodes.csv"), row("pendulum", "nn", 0, 5, 0, "1.5", 0), row("pendulum", "nn", 0, 5, 1, "2.5", 0),
                row("pendulum", "nn", 1, 6, 0, "3", 0), row("pendulum", "nn", 1, 6, 1, "4", 0));
        write(a.resolve("runs/pendulum/lowrank/run-000.csv"), row("pendulum", "lowrank", 0, 5, 0, "7", 0),
                row("pendulum", "lowrank", 0, 5, 1, "NaN", 1));
        Files.writeString(a.resolve("manifest.json"), "{\"command\":\"lrpg train\",\"provenance\":{\"gitCommit\":\"abc\","
                + "\"java\":\"JDK 17\"},\"runs\":[{\"environment\":\"pendulum\",\"model\":\"nn\",\"run\":0,\"seed\":5}],"
                + "\"wallSeconds\":3.5,\"extra\":1}");
        ResultSet set = ResultsReader.read(List.of(a));
        assertEquals(List.of("pendulum"), set.environments());
        assertEquals(List.of("lowrank", "nn"), set.models("pendulum"));
        assertEquals(2, set.runs("pendulum", "nn").size());
        assertArrayEquals(new double[] {3, 4}, set.runs("pendulum", "nn").get(1).returns());
        RunCurve lowrank = set.runs("pendulum", "lowrank").get(0);
        assertTrue(lowrank.diverged());
        assertEquals(1, set.manifests().size());
        assertEquals("abc", set.manifests().get(0).gitCommit());
        assertEquals(3.5, set.manifests().get(0).wallSeconds());
        assertEquals(2, set.files().size());
    }

    @Test
    void identicalDuplicatesAcrossFoldersAreMerged() throws IOException {
        String[] rows = {row("acrobot", "nn", 0, 1, 0, "5", 0), row("acrobot", "nn", 0, 1, 1, "6", 0)};
        write(temp.resolve("a/episodes.csv"), rows);
        write(temp.resolve("b/runs/acrobot/nn/run-000.csv"), rows);
        ResultSet set = ResultsReader.read(List.of(temp.resolve("a"), temp.resolve("b")));
        assertEquals(1, set.runCount());
    }

    @Test
    void conflictingDuplicatesAreAnErrorNamingBothFiles() throws IOException {
        write(temp.resolve("a/episodes.csv"), row("acrobot", "nn", 0, 1, 0, "5", 0));
        Path b = write(temp.resolve("b/episodes.csv"), row("acrobot", "nn", 0, 1, 0, "5.5", 0));
        ResultsFormatException e = fails(temp.resolve("a"), temp.resolve("b"));
        assertTrue(e.getMessage().contains(b.toString()) && e.getMessage().contains("acrobot/nn/run-000"),
                e.getMessage());
    }

    @Test
    void malformedFilesNameFileAndLine() throws IOException {
        Path bad = write(temp.resolve("h/episodes.csv"));
        Files.writeString(bad, "environment,model,run\n");
        assertTrue(fails(temp.resolve("h")).getMessage().contains(bad + ":1:"));

        Path number = write(temp.resolve("n/episodes.csv"), row("p", "nn", 0, 1, 0, "1", 0),
                row("p", "nn", 0, 1, 1, "abc", 0));
        String message = fails(temp.resolve("n")).getMessage();
        assertTrue(message.contains(number + ":3:") && message.contains("abc"), message);

        write(temp.resolve("f/episodes.csv"), "p,nn,0,1,0,1,10,1,0\n");
        assertTrue(fails(temp.resolve("f")).getMessage().contains(":2: expected 10 fields"));

        write(temp.resolve("s/episodes.csv"), row("p", "nn", 0, 1, 0, "1", 0), row("p", "nn", 0, 2, 1, "1", 0));
        assertTrue(fails(temp.resolve("s")).getMessage().contains(":3: seed 2 differs"));

        write(temp.resolve("g/episodes.csv"), row("p", "nn", 0, 1, 0, "1", 0), row("p", "nn", 0, 1, 2, "1", 0));
        assertTrue(fails(temp.resolve("g")).getMessage().contains("episode 2, expected 1"));

        write(temp.resolve("i/episodes.csv"), row("p", "nn", 0, 1, 0, "Infinity", 0));
        assertTrue(fails(temp.resolve("i")).getMessage().contains("not marked diverged"));

        write(temp.resolve("d/episodes.csv"), row("p", "nn", 0, 1, 0, "NaN", 1), row("p", "nn", 0, 1, 1, "1", 0));
        assertTrue(fails(temp.resolve("d")).getMessage().contains("after its diverged row"));

        write(temp.resolve("b/episodes.csv"), "p,nn,0,1,0,1,10,2,0,0\n");
        assertTrue(fails(temp.resolve("b")).getMessage().contains("terminated must be 0 or 1"));
    }

    @Test
    void runsOfOneCellMustNotShareASeed() throws IOException {
        write(temp.resolve("a/episodes.csv"), row("p", "nn", 0, 9, 0, "1", 0), row("p", "nn", 1, 9, 0, "2", 0));
        assertTrue(fails(temp.resolve("a")).getMessage().contains("share seed 9"));
    }

    @Test
    void seedsMustMatchTheManifest() throws IOException {
        write(temp.resolve("a/episodes.csv"), row("p", "nn", 0, 9, 0, "1", 0));
        Path manifest = temp.resolve("a/manifest.json");
        Files.writeString(manifest, "{\"runs\":[{\"environment\":\"p\",\"model\":\"nn\",\"run\":0,\"seed\":8}]}");
        String message = fails(temp.resolve("a")).getMessage();
        assertTrue(message.contains(manifest.toString()) && message.contains("seed 8"), message);
        Files.writeString(manifest, "{not json");
        assertTrue(fails(temp.resolve("a")).getMessage().contains("not valid JSON"));
    }

    @Test
    void missingFolderOrNoResultsIsAnError() throws IOException {
        assertTrue(fails(temp.resolve("absent")).getMessage().contains("not a readable folder"));
        Files.createDirectories(temp.resolve("empty/report"));
        Files.writeString(temp.resolve("empty/report/claims.csv"), "x\n");
        assertTrue(fails(temp.resolve("empty")).getMessage().contains("no results found"));
    }

    @Test
    void aRunsFolderCanBeGivenDirectlyAndExcludedFoldersAreSkipped() throws IOException {
        Path runs = temp.resolve("out/runs");
        write(runs.resolve("goddard/nn/run-000.csv"), row("goddard", "nn", 0, 1, 0, "1.1", 0));
        assertEquals(1, ResultsReader.read(List.of(runs)).runCount());
        Path report = runs.resolve("report");
        write(report.resolve("claims.csv"));
        Files.writeString(report.resolve("claims.csv"), "claim,environment\n");
        assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(runs)));
        assertEquals(1, ResultsReader.read(List.of(runs), List.of(report)).runCount());
    }
}
