package io.lrpg.experiment;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.results.SweepRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grid of variants of one environment: every model crossed with every combination of the axes' values, each with
 * the same seeds. Axes use the keys and the value syntax of {@code --set} ({@link SettingOverrides}); an axis whose
 * key does not apply to a model (for example {@code rank} for the network) is left out for that model, and points
 * that resolve to the same settings are one variant.
 *
 * @param environment the environment
 * @param models      the models, in order
 * @param axes        the axes (key → values), in order
 * @param fixed       overrides applied at every point
 * @param record      the sweep's definition as written into the results folder
 * @param plan        the runs: variants in point order, seeds S … S + runs − 1 each
 */
public record Sweep(EnvironmentId environment, List<ModelKind> models, Map<String, List<String>> axes,
        Map<String, String> fixed, SweepRecord record, RunPlan plan) {

    /** More variants than this need an explicit confirmation. */
    public static final int LARGE = 10_000;

    /**
     * Builds a sweep.
     *
     * @param confirmed whether more than {@value #LARGE} variants are accepted
     * @throws IllegalArgumentException for an empty or repeated axis, an axis that is also fixed, an axis that applies
     *                                  to none of the models, an invalid value (naming the point), or too many variants
     */
    public static Sweep of(String name, EnvironmentId environment, List<ModelKind> models,
            Map<String, List<String>> axes, Map<String, String> fixed, int runs, long seed, boolean confirmed) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one model");
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one axis (--ranks, --buckets or --axis)");
        }
        for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
            if (!SettingOverrides.isKey(axis.getKey())) {
                throw new IllegalArgumentException("unknown setting '" + axis.getKey() + "' on an axis");
            }
            if (axis.getValue().isEmpty() || axis.getValue().stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("axis " + axis.getKey() + " has an empty value");
            }
            if (new LinkedHashSet<>(axis.getValue()).size() != axis.getValue().size()) {
                throw new IllegalArgumentException("axis " + axis.getKey() + " repeats a value");
            }
            if (fixed.containsKey(axis.getKey())) {
                throw new IllegalArgumentException(axis.getKey() + " is both an axis and fixed by --set");
            }
            if (models.stream().noneMatch(m -> SettingOverrides.appliesTo(axis.getKey(), m))) {
                throw new IllegalArgumentException("axis " + axis.getKey() + " applies to none of the models " + models);
            }
        }
        long points = 0;
        for (ModelKind model : models) {
            long product = 1;
            for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
                if (SettingOverrides.appliesTo(axis.getKey(), model)) {
                    product *= axis.getValue().size();
                }
            }
            points += product;
        }
        if (points > LARGE && !confirmed) {
            throw new IllegalArgumentException("the sweep has " + points + " variants (more than " + LARGE
                    + "); add --yes to run it");
        }
        Map<String, Variant> variants = new LinkedHashMap<>();
        List<SweepRecord.Point> recordPoints = new ArrayList<>();
        for (ModelKind model : models) {
            List<String> keys = axes.keySet().stream().filter(k -> SettingOverrides.appliesTo(k, model)).toList();
            for (Map<String, String> point : combinations(keys, axes)) {
                Map<String, String> overrides = new LinkedHashMap<>(fixed);
                overrides.putAll(point);
                Variant variant;
                try {
                    variant = Variants.resolve(environment, model, overrides, Optional.empty());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(model.id() + " at " + point + ": " + e.getMessage(), e);
                }
                variants.putIfAbsent(variant.cell(), variant);
                recordPoints.add(new SweepRecord.Point(model.id(), point, variant.id()));
            }
        }
        List<SweepRecord.Axis> recordAxes = axes.entrySet().stream()
                .map(e -> new SweepRecord.Axis(e.getKey(), e.getValue())).toList();
        SweepRecord record = new SweepRecord(SweepRecord.FORMAT, name, environment.id(), recordAxes, fixed,
                recordPoints, runs, seed);
        return new Sweep(environment, List.copyOf(models), axes, fixed, record,
                RunPlan.of(List.copyOf(variants.values()), runs, seed));
    }

    /** Every combination of the keys' values, the first key varying slowest. */
    private static List<Map<String, String>> combinations(List<String> keys, Map<String, List<String>> axes) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (String key : keys) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> prefix : out) {
                for (String value : axes.get(key)) {
                    Map<String, String> point = new LinkedHashMap<>(prefix);
                    point.put(key, value);
                    next.add(point);
                }
            }
            out = next;
        }
        return out;
    }
}
