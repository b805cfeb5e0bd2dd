package io.lrpg.report.stats;

import java.util.Locale;

/**
 * When a run counts as stuck: its last W episodes all returned exactly the same value (compared with
 * {@code ==}; a policy that has collapsed onto one deterministic trajectory repeats its return bit for bit),
 * where for a run of L episodes
 * <pre>
 *   W = max(2, min(window, ⌈fraction · L⌉))
 * </pre>
 * i.e. {@code window} episodes, or the last {@code fraction} of the run if that is shorter, but never fewer than
 * two (one equal value is no evidence). A run shorter than W (L &lt; 2) is never stuck.
 *
 * @param window   the longest window, in episodes (≥ 2)
 * @param fraction the window as a fraction of the run, in (0, 1]
 */
public record StuckRule(int window, double fraction) {

    /** The last 1 000 episodes, or the last 10 % of the run if that is shorter. */
    public static final StuckRule DEFAULT = new StuckRule(1000, 0.10);

    public StuckRule {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2, was " + window);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
        }
    }

    /** W for a run of {@code episodes} episodes. */
    public int windowFor(int episodes) {
        return Math.max(2, Math.min(window, (int) Math.ceil(fraction * episodes)));
    }

    /** The rule in words, for the report. */
    public String describe() {
        return String.format(Locale.ROOT, "stuck: the last min(%d, ⌈%s %% of the run⌉) episodes (at least 2) all"
                + " return exactly the same value", window, percent());
    }

    private String percent() {
        double p = 100 * fraction;
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
