package io.lrpg.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One file per finished run, so that an experiment can be interrupted and resumed:
 * {@code DIR/runs/<environment>/<model>/run-<NNN>.csv} (the {@link EpisodesCsv} format) and beside it
 * {@code run-<NNN>.json} (the run's seed, settings and provenance). The JSON is written after the CSV, each
 * atomically, so a run counts as done exactly when its JSON exists and names the same seed and settings.
 */
public final class RunStore {

    private final Path folder;

    /** @param folder the experiment's output folder */
    public RunStore(Path folder) {
        this.folder = folder;
    }

    /** The experiment's output folder. */
    public Path folder() {
        return folder;
    }

    /** The CSV of a run. */
    public Path csv(RunSpec spec) {
        return base(spec).resolveSibling(base(spec).getFileName() + ".csv");
    }

    /** The JSON of a run. */
    public Path json(RunSpec spec) {
        return base(spec).resolveSibling(base(spec).getFileName() + ".json");
    }

    private Path base(RunSpec spec) {
        return folder.resolve("runs").resolve(spec.environment()).resolve(spec.model())
                .resolve(String.format("run-%03d", spec.run()));
    }

    /**
     * Whether the run has finished with the same seed and settings.
     *
     * @throws IllegalArgumentException if the folder holds this run with another seed or episode count
     *                                  (results of a different experiment)
     */
    public boolean isDone(RunSpec spec, Object settings) {
        Path json = json(spec);
        if (!Files.exists(json) || !Files.exists(csv(spec))) {
            return false;
        }
        try {
            JsonNode node = Manifest.json().readTree(json.toFile());
            long seed = node.path("run").path("seed").asLong();
            // compare as written: a round trip through text normalizes e.g. ±Infinity, which JSON spells as strings
            JsonNode expected = Manifest.json().readTree(Manifest.json().writeValueAsString(settings));
            if (seed != spec.seed() || !node.path("settings").equals(expected)) {
                throw new IllegalArgumentException(json + " holds a run with other settings or another seed ("
                        + seed + " instead of " + spec.seed() + "); use another --out for a different experiment");
            }
            return true;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + json + ": " + e.getMessage(), e);
        }
    }

    /** Writes a finished run: its CSV, then its JSON. Safe to call from several threads for different runs. */
    public void write(RunResult result, Object settings, Provenance provenance) {
        AtomicFiles.write(csv(result.spec()), writer -> {
            writer.write(EpisodesCsv.HEADER);
            writer.write('\n');
            EpisodesCsv.writeRows(writer, result);
        });
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("run", Manifest.RunEntry.of(result));
        json.put("settings", settings);
        json.put("provenance", provenance);
        AtomicFiles.write(json(result.spec()), writer -> Manifest.json().writeValue(writer, json));
    }

    /**
     * Deletes the temporary files that a killed process may have left behind (files are written as
     * {@code .NAME*.partial} and renamed when complete, so these are never results).
     *
     * @return how many were removed
     */
    public int removeUnfinishedFiles() {
        Path runs = folder.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(runs)) {
            List<Path> partial = files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
            for (Path file : partial) {
                Files.deleteIfExists(file);
            }
            return partial.size();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot clean " + runs + ": " + e.getMessage(), e);
        }
    }

    /** The manifest entries of the finished runs among {@code specs}, read from their JSON files. */
    public List<Manifest.RunEntry> entries(List<RunSpec> specs) {
        List<Manifest.RunEntry> entries = new java.util.ArrayList<>();
        for (RunSpec spec : specs) {
            Path json = json(spec);
            if (Files.exists(json)) {
                try {
                    entries.add(Manifest.json().treeToValue(Manifest.json().readTree(json.toFile()).path("run"),
                            Manifest.RunEntry.class));
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read " + json + ": " + e.getMessage(), e);
                }
            }
        }
        return entries;
    }

    /** The wall time recorded in the folder's {@code manifest.json} by earlier invocations (0 if none). */
    public double recordedWallSeconds() {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.exists(manifest)) {
            return 0.0;
        }
        try {
            return Manifest.json().readTree(manifest.toFile()).path("wallSeconds").asDouble(0.0);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** The specs of {@code grid} that are not done yet; {@code settings} gives each spec's settings. */
    public List<RunSpec> pending(List<RunSpec> grid, java.util.function.Function<RunSpec, Object> settings) {
        return grid.stream().filter(spec -> !isDone(spec, settings.apply(spec))).toList();
    }

}
