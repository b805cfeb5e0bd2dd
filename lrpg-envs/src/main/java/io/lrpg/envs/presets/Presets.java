package io.lrpg.envs.presets;

import io.lrpg.envs.EnvironmentId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The preset of every environment that has one: the paper's three ({@link PaperPresets}) and those that follow the
 * authors' later papers ({@link FollowUpPresets}). Whether settings are the paper's is decided by
 * {@link PaperPresets} alone.
 */
public final class Presets {

    private Presets() {
    }

    /** Every preset: the paper's, in its order, then the follow-ups'. */
    public static List<Preset> all() {
        List<Preset> all = new ArrayList<>(PaperPresets.all());
        all.addAll(FollowUpPresets.all());
        return List.copyOf(all);
    }

    /**
     * The preset of an environment.
     *
     * @throws IllegalArgumentException for an environment without settings, naming those with settings
     */
    public static Preset of(EnvironmentId environment) {
        for (Preset preset : all()) {
            if (preset.environment() == environment) {
                return preset;
            }
        }
        throw new IllegalArgumentException("there are no settings for " + environment.id()
                + "; environments with settings are " + all().stream().map(p -> p.environment().id())
                        .collect(Collectors.joining(", ")));
    }
}
