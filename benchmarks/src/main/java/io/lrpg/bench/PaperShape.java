package io.lrpg.bench;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import java.util.Locale;

/**
 * The three environments of the paper as the benchmarks use them: the settings come from
 * {@link PaperPresets} (the project's single source of the paper's numbers, docs/paper.md §2.1); this enum adds
 * only what is specific to benchmarking, the length B of the recorded episode an update is measured on
 * (a typical episode length of the environment) and the observation length D.
 *
 * <table>
 *   <caption>shapes (from the presets) and benchmark episode lengths</caption>
 *   <tr><th></th><th>actor grid</th><th>critic grid</th><th>k</th><th>horizon T</th><th>B benchmarked</th></tr>
 *   <tr><td>pendulum</td><td>10×10</td><td>16×16</td><td>4</td><td>100</td><td>100</td></tr>
 *   <tr><td>acrobot</td><td>4×4</td><td>4×4</td><td>2</td><td>1000</td><td>200</td></tr>
 *   <tr><td>goddard</td><td>4×16</td><td>4×16</td><td>2</td><td>1000</td><td>200</td></tr>
 * </table>
 */
public enum PaperShape {

    /** The paper's pendulum; B = 100 (the horizon). */
    PENDULUM(PaperPresets.PENDULUM, 2, 100),
    /** The paper's acrobot; B = 200 (measured: episodes of ~100–200 steps once it learns). */
    ACROBOT(PaperPresets.ACROBOT, 4, 200),
    /** The paper's Goddard rocket; B = 200 (docs/paper.md §5 A14: ~200-step episodes). */
    GODDARD(PaperPresets.GODDARD, 3, 200);

    private final Preset preset;
    private final int observationDimension;
    private final int benchmarkEpisodeLength;

    PaperShape(Preset preset, int observationDimension, int benchmarkEpisodeLength) {
        this.preset = preset;
        this.observationDimension = observationDimension;
        this.benchmarkEpisodeLength = benchmarkEpisodeLength;
    }

    /** The paper preset. */
    public Preset preset() {
        return preset;
    }

    /** The paper's LRPG settings for this environment, with the given Adam mode. */
    public LowRankSettings lowRankSettings(AdamMode mode) {
        return preset.lowRank().withAdamMode(mode);
    }

    /** The environment. */
    public EnvironmentId environment() {
        return preset.environment();
    }

    /** D, the observation length. */
    public int observationDimension() {
        return observationDimension;
    }

    /** γ. */
    public double discount() {
        return preset.trainer().discount();
    }

    /** T, the paper's horizon. */
    public int horizon() {
        return preset.trainer().maxStepsPerEpisode();
    }

    /** B, the length of the recorded episode an update benchmark uses (a typical episode length). */
    public int benchmarkEpisodeLength() {
        return benchmarkEpisodeLength;
    }

    /** Parses {@code pendulum}, {@code acrobot} or {@code goddard} (a benchmark {@code @Param}). */
    public static PaperShape parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
