package io.lrpg.results;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of one training run: (environment, model, variant, seed). Two runs with the same identity are the
 * same run; they must hold the same results, whichever folder or invocation wrote them.
 *
 * <p>The variant names the fully resolved settings of the run (its label, or a short hash of the settings; see
 * {@link SettingsHash}). The run's path in a results folder is {@link #path()},
 * {@code runs/<environment>/<model>/<variant>/seed-<seed>}, and its label {@link #label()} is the same without the
 * {@code runs/} prefix: the one place that formats a run's name.
 *
 * @param environment environment id, lower case ({@code pendulum}, {@code mountain-car-continuous-v0})
 * @param model       model id, lower case ({@code lowrank}, {@code nn}, …)
 * @param variant     variant id, see {@link #VARIANT}
 * @param seed        the run's seed, ≥ 0
 */
public record RunId(String environment, String model, String variant, long seed) implements Comparable<RunId> {

    /** Environment and model ids: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * Variant ids: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters: safe
     * as a folder name on every file system and in a CSV field.
     */
    public static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Comparator<RunId> ORDER = Comparator.comparing(RunId::environment)
            .thenComparing(RunId::model).thenComparing(RunId::variant).thenComparingLong(RunId::seed);

    public RunId {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        if (!NAME.matcher(environment).matches()) {
            throw new IllegalArgumentException("invalid environment id '" + environment + "'");
        }
        if (!NAME.matcher(model).matches()) {
            throw new IllegalArgumentException("invalid model id '" + model + "'");
        }
        checkVariant(variant);
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, was " + seed);
        }
    }

    /**
     * Checks a variant id.
     *
     * @throws IllegalArgumentException naming the id if it is not a {@link #VARIANT}
     */
    public static String checkVariant(String variant) {
        if (!VARIANT.matcher(variant).matches()) {
            throw new IllegalArgumentException("invalid variant '" + variant + "': use 1 to 64 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
        return variant;
    }

    /** {@code environment/model/variant/seed-S}, for messages and tables. */
    public String label() {
        return environment + "/" + model + "/" + variant + "/seed-" + seed;
    }

    /** The run's files without extension, relative to a results folder: {@code runs/<label>}. */
    public String path() {
        return "runs/" + label();
    }

    /** Environment, model and variant: the cell the run belongs to. */
    public String cell() {
        return environment + "/" + model + "/" + variant;
    }

    @Override
    public int compareTo(RunId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
