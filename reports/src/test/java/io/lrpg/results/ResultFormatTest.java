package io.lrpg.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result format: run identities, the CSV codec, the settings hash, records and parameters round trips. */
class ResultFormatTest {

    @TempDir
    Path temp;

    @Test
    void runIdentityNamesAndValidates() {
        RunId id = new RunId("mountain-car-continuous-v0", "lowrank", "rank8", 12);
        assertEquals("mountain-car-continuous-v0/lowrank/rank8/seed-12", id.label());
        assertEquals("runs/mountain-car-continuous-v0/lowrank/rank8/seed-12", id.path());
        assertThrows(IllegalArgumentException.class, () -> new RunId("Pendulum", "lowrank", "paper", 0));
        assertThrows(IllegalArgumentException.class, () -> new RunId("pendulum", "lowrank", "a/b", 0));
        assertThrows(IllegalArgumentException.class, () -> new RunId("pendulum", "lowrank", "..", 0));
        assertThrows(IllegalArgumentException.class, () -> new RunId("pendulum", "lowrank", "x".repeat(65), 0));
        assertThrows(IllegalArgumentException.class, () -> new RunId("pendulum", "lowrank", "paper", -1));
        new RunId("pendulum", "lowrank", "x".repeat(64), 0);
    }

    private static RunEpisodes episodes(RunId id, double... returns) {
        int n = returns.length;
        int[] lengths = new int[n];
        boolean[] terminated = new boolean[n];
        boolean[] truncated = new boolean[n];
        for (int e = 0; e < n; e++) {
            lengths[e] = 10 + e;
            terminated[e] = e % 2 == 0;
            truncated[e] = e % 3 == 0;
        }
        return new RunEpisodes(id, returns, lengths, terminated, truncated, !Double.isFinite(returns[n - 1]));
    }

    /** Every double survives the text round trip exactly, flags and lengths too, and runs stay apart. */
    @Test
    void csvRoundTripIsExact() throws IOException {
        RunEpisodes a = episodes(new RunId("pendulum", "lowrank", "paper", 3), 0.1, 1e-300, -2.5e17, Math.PI,
                Math.nextUp(1.0));
        RunEpisodes b = episodes(new RunId("pendulum", "nn", "paper", 3), 5, Double.NaN);
        Path file = temp.resolve("all.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EpisodesCsv.write(bytes, List.of(a, b));
        StringWriter text = new StringWriter();
        text.write(bytes.toString(StandardCharsets.US_ASCII));
        Files.writeString(file, text.toString());
        assertTrue(text.toString().startsWith(EpisodesCsv.HEADER + "\n"
                + "pendulum,lowrank,paper,3,0,0.1,10,1,1,0\n"), text.toString());
        assertTrue(text.toString().endsWith("pendulum,nn,paper,3,1,NaN,11,0,0,1\n"), text.toString());
        List<RunEpisodes> read = EpisodesCsv.read(file);
        assertEquals(List.of(a, b), read);
        assertTrue(read.get(1).diverged());
    }

    /**
     * The byte writer writes what {@code StringBuilder.append} makes of each field (the formatter it replaced, kept
     * here as the reference): for doubles of every kind, the largest counts, seeds and ids, and runs long enough to
     * cross its buffer many times.
     */
    @Test
    void csvBytesAreTheTextOfEachField() throws IOException {
        java.util.Random random = new java.util.Random(13);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, Math.nextDown(Double.MIN_NORMAL), 1e-300, 2.82879384806159E17, 1.0E23, 1e7, 9999999.999999998,
            0.001, 0.0009999999999999998, 100, -1};
        String longVariant = "V" + "x.-_9".repeat(12) + "abc";
        for (RunId id : List.of(new RunId("pendulum", "lowrank", "paper", 0),
                new RunId("mountain-car-continuous-v0", "tensor", longVariant, Long.MAX_VALUE))) {
            int n = 5_000;
            double[] returns = new double[n];
            int[] lengths = new int[n];
            boolean[] terminated = new boolean[n];
            boolean[] truncated = new boolean[n];
            for (int e = 0; e < n; e++) {
                double bits = Double.longBitsToDouble(random.nextLong()); // any finite double
                returns[e] = e < special.length ? special[e]
                        : e % 3 == 0 && Double.isFinite(bits) ? bits : random.nextGaussian() * 100;
                lengths[e] = e % 7 == 0 ? Integer.MAX_VALUE : random.nextInt(1_000);
                terminated[e] = random.nextBoolean();
                truncated[e] = random.nextBoolean();
            }
            // a finished run, a diverged one whose last return is finite, and the three non-finite endings
            double[] endings = {7.5, 7.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int k = 0; k < endings.length; k++) {
                boolean diverged = k > 0;
                returns[n - 1] = endings[k];
                RunEpisodes run = new RunEpisodes(id, returns.clone(), lengths, terminated, truncated, diverged);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                EpisodesCsv.write(bytes, List.of(run, run));
                String rows = referenceRows(run);
                assertEquals(EpisodesCsv.HEADER + "\n" + rows + rows, bytes.toString(StandardCharsets.US_ASCII));
            }
        }
    }

    /** The rows as the writer before the byte writer formatted them, one StringBuilder per row. */
    private static String referenceRows(RunEpisodes run) {
        RunId id = run.id();
        String prefix = id.environment() + ',' + id.model() + ',' + id.variant() + ',' + id.seed() + ',';
        StringBuilder all = new StringBuilder();
        int last = run.episodes() - 1;
        for (int e = 0; e <= last; e++) {
            StringBuilder line = new StringBuilder(96);
            line.append(prefix).append(e).append(',').append(run.returns()[e]).append(',').append(run.lengths()[e])
                    .append(',').append(run.terminated()[e] ? '1' : '0').append(',')
                    .append(run.truncated()[e] ? '1' : '0').append(',')
                    .append(run.diverged() && e == last ? '1' : '0').append('\n');
            all.append(line);
        }
        return all.toString();
    }

    @Test
    void csvProblemsNameFileAndLine() throws IOException {
        Path file = temp.resolve("bad.csv");
        String header = EpisodesCsv.HEADER + "\n";
        String[][] cases = {
            {"pendulum,lowrank,paper,0,1,1.0,1,0,0,0\n", ":2: pendulum/lowrank/paper/seed-0 episode 1, expected 0"},
            {"pendulum,lowrank,paper,0,0,x,1,0,0,0\n", ":2: return is not a number"},
            {"pendulum,lowrank,paper,0,0,NaN,1,0,0,0\n", ":2: non-finite return NaN on a row not marked diverged"},
            {"pendulum,lowrank,paper,0,0,1,1,0,0,1\npendulum,lowrank,paper,0,1,1,1,0,0,0\n", ":3: "
                    + "pendulum/lowrank/paper/seed-0 has a row after its diverged row"},
            {"pendulum,lowrank,pa per,0,0,1,1,0,0,0\n", ":2: invalid variant 'pa per'"},
            {"pendulum,lowrank,paper,0,0,1,1,2,0,0\n", ":2: terminated must be 0 or 1"},
            {"pendulum,lowrank,paper,0,0,1,1,0,0\n", ":2: expected 10 fields, found 9"}};
        for (String[] c : cases) {
            Files.writeString(file, header + c[0]);
            ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> EpisodesCsv.read(file));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(c[1]), e.getMessage());
        }
        Files.writeString(file, "environment,model,run,seed,episode,return,length,terminated,truncated,diverged\n");
        assertThrows(ResultsFormatException.class, () -> EpisodesCsv.read(file));
    }

    private static JsonNode tree(String json) throws IOException {
        return Json.mapper().readTree(json);
    }

    /**
     * The canonical text sorts keys and writes every double as its exact binary value, so the hash depends on the
     * settings only, not on key order, on how a number was spelled, or on the JDK's Double.toString.
     */
    @Test
    void settingsHashIsStableAndSensitive() throws IOException {
        JsonNode a = tree("{\"rank\":4,\"lr\":0.01,\"bounds\":{\"low\":\"-Infinity\",\"high\":1.0},\"axes\":[1,2]}");
        JsonNode reordered = tree("{\"axes\":[1,2],\"bounds\":{\"high\":1.0,\"low\":\"-Infinity\"},\"lr\":1e-2,\"rank\":4}");
        assertEquals(SettingsHash.canonical(a), SettingsHash.canonical(reordered));
        assertEquals(SettingsHash.of(a), SettingsHash.of(reordered));
        assertEquals("{\"axes\":[1,2],\"bounds\":{\"high\":1,\"low\":\"-Infinity\"},"
                + "\"lr\":0.01000000000000000020816681711721685132943093776702880859375,\"rank\":4}",
                SettingsHash.canonical(a));
        // the value printed by `python3 -c "import hashlib; print(hashlib.sha256(s.encode()).hexdigest()[:10])"`
        // for the canonical text above
        assertEquals("cfg-343c5f9be4", SettingsHash.of(a));
        assertNotEquals(SettingsHash.of(a), SettingsHash.of(tree("{\"rank\":4,\"lr\":0.010000000000000002,"
                + "\"bounds\":{\"low\":\"-Infinity\",\"high\":1.0},\"axes\":[1,2]}")));
        assertNotEquals(SettingsHash.of(a), SettingsHash.of(tree("{\"rank\":4,\"lr\":0.01,"
                + "\"bounds\":{\"low\":\"-Infinity\",\"high\":1.0},\"axes\":[2,1]}")));
        assertTrue(SettingsHash.of(a).matches("cfg-[0-9a-f]{10}"));
    }

    @Test
    void recordsAndParametersRoundTrip() throws IOException {
        RunId id = new RunId("goddard", "lowrank", "quick", 7);
        JsonNode settings = tree("{\"trainer\":{\"episodes\":6000},\"x\":[1.5,\"Infinity\"]}");
        RunRecord record = new RunRecord(RunRecord.FORMAT, id, 6000, 123_456, false, 1.25, "2026-11-29T00:00:00Z",
                SettingsHash.of(settings), settings, true,
                List.of(new SettingDifference("trainer.episodes", tree("30000"), tree("6000"))),
                new ParameterCount(40, 40, 1), "inv", null);
        Path file = temp.resolve("r.json");
        record.write(file);
        RunRecord back = RunRecord.read(file);
        assertEquals(id, back.run());
        assertEquals(SettingsHash.canonical(settings), SettingsHash.canonical(back.settings()));
        assertEquals("trainer.episodes: 30000 → 6000", back.differencesFromPaper().get(0).describe());
        assertEquals(new ParameterCount(40, 40, 1), back.parameterCount());
        assertTrue(!back.paperSettings() && back.paperEnvironment());

        var arrays = ModelParameters.newArrays();
        arrays.put("actor.mean.left", new ModelParameters.NamedArray(new int[] {2, 2}, new double[] {1, 2, 3, 0.1}));
        arrays.put("actor.logStd", new ModelParameters.NamedArray(new int[] {1}, new double[] {Math.E}));
        Path params = temp.resolve("p.json");
        new ModelParameters(ModelParameters.FORMAT, id, "lowrank", arrays).write(params);
        ModelParameters read = ModelParameters.read(params);
        assertArrayEquals(new double[] {1, 2, 3, 0.1}, read.values("actor.mean.left", 2, 2), 0);
        assertThrows(ResultsFormatException.class, () -> read.values("actor.mean.left", 4));
        assertThrows(ResultsFormatException.class, () -> read.values("critic.left", 1));
        assertThrows(IllegalArgumentException.class, () -> new ModelParameters.NamedArray(new int[] {3}, new double[2]));

        Files.writeString(file, "{\"format\":\"lrpg-run/0\"}");
        assertThrows(ResultsFormatException.class, () -> RunRecord.read(file));
    }

    @Test
    void layoutFindsRecordsAndIgnoresEverythingElse() throws IOException {
        StoreLayout layout = new StoreLayout(temp);
        RunId id = new RunId("acrobot", "nn", "paper", 42);
        Files.createDirectories(layout.cellFolder(id));
        Files.writeString(layout.record(id), "{}");
        Files.writeString(layout.parameters(id), "{}");
        Files.writeString(layout.cellFolder(id).resolve(".seed-42.json12345.partial"), "{");
        Files.writeString(layout.cellFolder(id).resolve(".seed-420.json1.partial"), "{");
        Files.writeString(temp.resolve("runs/acrobot/seed-1.json"), "{}");
        List<StoreLayout.Located> found = layout.records();
        assertEquals(1, found.size(), found.toString());
        assertEquals(id, found.get(0).id());
        // every seed a run may have is found (19 digits), a number beyond a long is nobody's record
        RunId largestSeed = new RunId("acrobot", "nn", "paper", Long.MAX_VALUE);
        Files.writeString(layout.record(largestSeed), "{}");
        Files.writeString(layout.cellFolder(id).resolve("seed-9223372036854775808.json"), "{}");
        assertEquals(List.of(id, largestSeed), layout.records().stream().map(StoreLayout.Located::id).toList());
        Files.delete(layout.record(largestSeed));
        assertEquals(1, layout.removePartialFiles(id), "only this run's temporary files");
        assertTrue(Files.exists(layout.cellFolder(id).resolve(".seed-420.json1.partial")));

        // several runs in two cells, each cell listed once; a seed beyond a long is nobody's
        RunId other = new RunId("acrobot", "nn", "rank8", 42);
        RunId largest = new RunId("acrobot", "nn", "paper", Long.MAX_VALUE);
        Files.createDirectories(layout.cellFolder(other));
        List<Path> theirs = List.of(layout.cellFolder(id).resolve(".seed-420.csv9.partial"),
                layout.cellFolder(other).resolve(".seed-42.model.json1.partial"),
                layout.cellFolder(largest).resolve(".seed-" + Long.MAX_VALUE + ".csv2.partial"));
        List<Path> kept = List.of(layout.cellFolder(id).resolve(".seed-42.json1.notpartial"),
                layout.cellFolder(id).resolve(".seed-9999999999999999999.csv1.partial"),
                layout.cellFolder(other).resolve(".seed-7.csv1.partial"));
        for (Path file : theirs) {
            Files.writeString(file, "{");
        }
        for (Path file : kept) {
            Files.writeString(file, "{");
        }
        assertEquals(4, layout.removePartialFiles(List.of(new RunId("acrobot", "nn", "paper", 420), other, largest,
                new RunId("pendulum", "nn", "paper", 1))), "a cell that does not exist has nothing to remove");
        theirs.forEach(file -> assertFalse(Files.exists(file), file.toString()));
        kept.forEach(file -> assertTrue(Files.exists(file), file.toString()));
        assertFalse(Files.exists(layout.cellFolder(id).resolve(".seed-420.json1.partial")));
    }
}
