package io.lrpg.bench.report;

import java.util.Map;

/**
 * One benchmark result of a JMH JSON file, reduced to what the table prints.
 *
 * @param benchmark  "Class.method" (simple class name)
 * @param className  the fully qualified class name
 * @param mode       JMH mode ({@code avgt}, {@code ss}, …)
 * @param params     the @Param values
 * @param unit       the score unit, e.g. {@code us/op}
 * @param median     the median over forks of each fork's score (avgt: the mean of its measurement
 *                   iterations; ss: their median)
 * @param forkLow    the lowest fork score
 * @param forkHigh   the highest fork score
 * @param forks      the number of forks
 * @param allocation {@code ·gc.alloc.rate.norm} in B/op if the run used {@code -prof gc}, else NaN
 */
public record Measurement(String benchmark, String className, String mode, Map<String, String> params, String unit,
        double median, double forkLow, double forkHigh, int forks, double allocation) {

    /** The @Param value or {@code null}. */
    public String param(String name) {
        return params.get(name);
    }

    /**
     * {@code nn} for the DL4J network's benchmarks, {@code tensor} for the tensor model's ({@code io.lrpg.core.tensor}),
     * {@code lowrank} for the others that measure a model.
     */
    public String model() {
        String explicit = params.get("model");
        if (explicit != null) {
            return explicit;
        }
        return className.startsWith("io.lrpg.nn.") ? "nn" : className.startsWith("io.lrpg.core.tensor.") ? "tensor"
                : "lowrank";
    }

    /** The median converted to nanoseconds per operation. */
    public double nanos() {
        return median * nanosPer(unit);
    }

    static double nanosPer(String unit) {
        return switch (unit) {
            case "ns/op" -> 1.0;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("unsupported unit " + unit);
        };
    }
}
