package io.lrpg.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The trained parameters of a run at the end of training ({@code seed-<S>.model.json}), so that analyses can rebuild
 * the policy and the value function without training again. Each entry is a named array with its shape, values in
 * row-major order (the models document their names and layouts: for example {@code actor.mean.left} is L_μ,
 * N×k).
 *
 * @param format {@value #FORMAT}
 * @param run    the run
 * @param model  the model id, repeated for readers that only open this file
 * @param arrays the named arrays, in the model's order
 */
public record ModelParameters(String format, RunId run, String model, Map<String, NamedArray> arrays) {

    /** The format tag of this version. */
    public static final String FORMAT = "lrpg-model/1";

    public ModelParameters {
        Objects.requireNonNull(run, "run");
        arrays = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    }

    /**
     * One array.
     *
     * @param shape  its dimensions (a scalar is {@code [1]})
     * @param values its entries, row-major; as many as the product of the shape
     */
    public record NamedArray(int[] shape, double[] values) {
        public NamedArray {
            long size = 1;
            for (int d : shape) {
                if (d < 0) {
                    throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
                }
                size *= d;
            }
            if (size != values.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                        + " values, got " + values.length);
            }
        }
    }

    /**
     * The array called {@code name}.
     *
     * @throws ResultsFormatException if it is missing or has another shape
     */
    public double[] values(String name, int... shape) {
        NamedArray array = arrays.get(name);
        if (array == null) {
            throw new ResultsFormatException(run + ": no parameter array '" + name + "' (has " + arrays.keySet() + ")");
        }
        if (!Arrays.equals(array.shape(), shape)) {
            throw new ResultsFormatException(run + ": '" + name + "' has shape " + Arrays.toString(array.shape())
                    + ", expected " + Arrays.toString(shape));
        }
        return array.values().clone();
    }

    /** Writes the parameters atomically. */
    public void write(Path file) {
        AtomicFiles.write(file, writer -> Json.mapper().writeValue(writer, this));
    }

    /**
     * Reads a parameters file.
     *
     * @throws ResultsFormatException if the file is missing, not JSON or not of this format
     */
    public static ModelParameters read(Path file) {
        try {
            JsonNode tree = Json.mapper().readTree(file.toFile());
            if (tree == null || !FORMAT.equals(tree.path("format").asText())) {
                throw new ResultsFormatException(file + ": not a parameters file of format " + FORMAT);
            }
            return Json.mapper().treeToValue(tree, ModelParameters.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ResultsFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A builder that keeps insertion order. */
    public static Map<String, NamedArray> newArrays() {
        return new LinkedHashMap<>();
    }
}
