package io.lrpg.experiment;

import io.lrpg.envs.presets.Preset;
import java.util.Locale;

/**
 * How much of the paper's experiment {@code lrpg reproduce} runs.
 *
 * <ul>
 *   <li>{@link #PAPER}: the paper's protocol, 100 runs per (environment, model), every preset's episodes.</li>
 *   <li>{@link #QUICK}: the same settings with fewer runs and a shorter Goddard training, sized to finish
 *       in about five minutes on a 2-core machine; its report states how it differs from the paper.</li>
 * </ul>
 */
public enum Profile {
    /** Fewer runs and a shorter Goddard training; the default. */
    QUICK("quick", 10, 6_000),
    /** The paper's protocol. */
    PAPER("paper", 100, Integer.MAX_VALUE);

    private final String id;
    private final int runs;
    private final int maxEpisodes;

    Profile(String id, int runs, int maxEpisodes) {
        this.id = id;
        this.runs = runs;
        this.maxEpisodes = maxEpisodes;
    }

    /** The external name. */
    public String id() {
        return id;
    }

    /** Runs per (environment, model). */
    public int runs() {
        return runs;
    }

    /** The preset with this profile's episode cap applied. */
    public Preset apply(Preset preset) {
        int episodes = Math.min(preset.trainer().episodes(), maxEpisodes);
        return preset.withTrainer(preset.trainer().withEpisodes(episodes));
    }

    /** One sentence saying how this profile differs from the paper's protocol. */
    public String differenceFromPaper() {
        return this == PAPER ? "The paper's protocol: 100 runs per environment and model, all episodes."
                : "Quick profile: " + runs + " runs per environment and model instead of 100, and Goddard trained for "
                        + maxEpisodes + " episodes instead of 30 000 (the networks have not converged by then); "
                        + "every other setting is the paper's.";
    }

    /**
     * The runs of a reproduction with this profile: for each environment (in the order given) and each model (in the
     * order given) the variant of the profile's settings ({@value Variants#PAPER}, or {@value Variants#QUICK} for
     * the shortened Goddard), with {@code runs} seeds S, S + 1, … each ({@link RunPlan#seedOf}).
     *
     * @throws IllegalArgumentException for an environment without the paper's settings, or runs ≤ 0
     */
    public RunPlan plan(java.util.List<io.lrpg.envs.EnvironmentId> environments, java.util.List<ModelKind> models,
            int runsPerCell, long seed) {
        java.util.List<Variant> variants = new java.util.ArrayList<>();
        for (io.lrpg.envs.EnvironmentId environment : environments) {
            Preset preset = apply(io.lrpg.envs.presets.PaperPresets.of(environment));
            for (ModelKind model : models) {
                variants.add(Variants.named(environment, model, preset, java.util.Optional.empty()));
            }
        }
        return RunPlan.of(variants, runsPerCell, seed);
    }

    /**
     * Parses {@code quick} or {@code paper} (case-insensitive).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static Profile parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Profile profile : values()) {
            if (profile.id.equals(wanted)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name + "', expected quick or paper");
    }

    @Override
    public String toString() {
        return id;
    }
}
