package io.lrpg.report.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values written by {@code src/test/resources/stats/reference.py} (numpy/scipy), read from the test
 * classpath. See the script's header for the formats.
 */
final class Reference {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static Reference loaded;

    private final Map<String, double[]> entries;

    private Reference(Map<String, double[]> entries) {
        this.entries = entries;
    }

    static synchronized Reference load() {
        if (loaded == null) {
            Map<String, double[]> entries = new HashMap<>();
            for (String line : lines("reference.txt")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                double[] values = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    values[i - 1] = Double.parseDouble(parts[i]);
                }
                if (entries.put(parts[0], values) != null) {
                    throw new IllegalStateException("duplicate key " + parts[0]);
                }
            }
            loaded = new Reference(entries);
        }
        return loaded;
    }

    double[] values(String key) {
        double[] v = entries.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no reference value " + key);
        }
        return v.clone();
    }

    double value(String key) {
        double[] v = values(key);
        if (v.length != 1) {
            throw new IllegalArgumentException(key + " has " + v.length + " values");
        }
        return v[0];
    }

    /** {@code prefix.0}, {@code prefix.1}, … as strata. */
    double[][] strata(String prefix) {
        List<double[]> out = new ArrayList<>();
        while (entries.containsKey(prefix + "." + out.size())) {
            out.add(values(prefix + "." + out.size()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no strata " + prefix);
        }
        return out.toArray(new double[0][]);
    }

    /** The stored resample indices of a dataset, flattened in the order an {@link IndexSource} is consumed. */
    static int[] indices(String dataset) {
        List<String> rows = lines("indices-" + dataset + ".txt");
        int perRow = rows.get(0).length();
        int[] out = new int[rows.size() * perRow];
        int k = 0;
        for (String row : rows) {
            if (row.length() != perRow) {
                throw new IllegalStateException("ragged index file " + dataset);
            }
            for (int i = 0; i < perRow; i++) {
                out[k++] = ALPHABET.indexOf(row.charAt(i));
            }
        }
        return out;
    }

    /** Number of resamples (lines) in a dataset's index file. */
    static int resamples(String dataset) {
        return lines("indices-" + dataset + ".txt").size();
    }

    private static List<String> lines(String name) {
        try (InputStream in = Reference.class.getResourceAsStream("/stats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /stats/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
