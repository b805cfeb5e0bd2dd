package io.lrpg.report;

import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One training run as the report reads it: its per-episode results, its record (settings, parameter counts,
 * provenance) and where it was found.
 *
 * @param episodes per-episode results
 * @param record   the run record
 * @param source   the record's file (the first one, if identical copies were merged)
 */
public record RunCurve(RunEpisodes episodes, RunRecord record, Path source) {

    public RunCurve {
        Objects.requireNonNull(episodes, "episodes");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(source, "source");
    }

    /** The run's identity. */
    public RunId id() {
        return episodes.id();
    }

    /** Environment id. */
    public String environment() {
        return id().environment();
    }

    /** Model id. */
    public String model() {
        return id().model();
    }

    /** Variant id. */
    public String variant() {
        return id().variant();
    }

    /** The run's seed. */
    public long seed() {
        return id().seed();
    }

    /** Per-episode returns, episode 0 first (the array itself: do not modify). */
    public double[] returns() {
        return episodes.returns();
    }

    /** Per-episode environment steps (the array itself: do not modify). */
    public int[] lengths() {
        return episodes.lengths();
    }

    /** Number of episodes recorded. */
    public int episodeCount() {
        return episodes.episodes();
    }

    /** Whether the run stopped on a non-finite return. */
    public boolean diverged() {
        return episodes.diverged();
    }

    /** The last episode's return (non-finite if the run diverged). */
    public double finalReturn() {
        return episodes.finalReturn();
    }

    /** {@code environment/model/variant/seed-S}. */
    public String label() {
        return id().label();
    }
}
