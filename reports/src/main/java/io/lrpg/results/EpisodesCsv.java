package io.lrpg.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one codec of per-episode results: a tidy ("long") CSV with one row per (run, episode) and the header
 * {@value #HEADER}. Flags are 0 or 1; returns are written in shortest round-trip form, so
 * {@code Double.parseDouble} recovers them exactly and pandas ({@code pd.read_csv}) or numpy read the file
 * without conversion. {@code diverged} is 1 only on the last row of a run that stopped on a non-finite return.
 *
 * <p>The run store writes one file per run ({@code runs/<env>/<model>/<variant>/seed-<S>.csv}); the report's
 * export writes all runs into one file with the same header. {@link #read} accepts both: it groups rows by run
 * identity and checks that each run lists episodes 0, 1, 2, … in order with nothing after a diverged row.
 */
public final class EpisodesCsv {

    /** The header row. */
    public static final String HEADER =
            "environment,model,variant,seed,episode,return,length,terminated,truncated,diverged";

    private static final int FIELDS = 10;

    private EpisodesCsv() {
    }

    /** Writes the header and then the rows of every run. */
    public static void write(Writer writer, List<RunEpisodes> runs) throws IOException {
        writer.write(HEADER);
        writer.write('\n');
        for (RunEpisodes run : runs) {
            writeRows(writer, run);
        }
    }

    /** Writes the rows of one run (no header). */
    public static void writeRows(Writer writer, RunEpisodes run) throws IOException {
        RunId id = run.id();
        String prefix = id.environment() + ',' + id.model() + ',' + id.variant() + ',' + id.seed() + ',';
        StringBuilder line = new StringBuilder(96);
        int last = run.episodes() - 1;
        for (int e = 0; e <= last; e++) {
            line.setLength(0);
            line.append(prefix).append(e).append(',').append(run.returns()[e]).append(',').append(run.lengths()[e])
                    .append(',').append(run.terminated()[e] ? '1' : '0').append(',')
                    .append(run.truncated()[e] ? '1' : '0').append(',')
                    .append(run.diverged() && e == last ? '1' : '0').append('\n');
            writer.append(line);
        }
    }

    /**
     * Reads every run of a file, in the order of their first rows.
     *
     * @throws ResultsFormatException naming the file and line of the first problem
     */
    public static List<RunEpisodes> read(Path file) {
        Map<RunId, Builder> builders = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new ResultsFormatException(file + ": empty file, expected the header " + HEADER);
            }
            if (!strip(header).equals(HEADER)) {
                throw new ResultsFormatException(file + ":1: header is '" + strip(header) + "', expected '" + HEADER
                        + "'");
            }
            int lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                parseRow(file + ":" + lineNumber + ": ", strip(line), builders);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResultsFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<RunEpisodes> runs = new ArrayList<>();
        for (Map.Entry<RunId, Builder> e : builders.entrySet()) {
            runs.add(e.getValue().build(e.getKey()));
        }
        return runs;
    }

    private static void parseRow(String where, String text, Map<RunId, Builder> builders) {
        String[] f = text.split(",", -1);
        if (f.length != FIELDS) {
            throw new ResultsFormatException(where + "expected " + FIELDS + " fields, found " + f.length);
        }
        RunId id;
        try {
            id = new RunId(f[0], f[1], f[2], Long.parseLong(f[3]));
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + "seed is not an integer: '" + f[3] + "'");
        } catch (IllegalArgumentException e) {
            throw new ResultsFormatException(where + e.getMessage());
        }
        int episode = natural(where, "episode", f[4]);
        double value;
        try {
            value = Double.parseDouble(f[5]);
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + "return is not a number: '" + f[5] + "'");
        }
        int length = natural(where, "length", f[6]);
        boolean terminated = flag(where, "terminated", f[7]);
        boolean truncated = flag(where, "truncated", f[8]);
        boolean diverged = flag(where, "diverged", f[9]);
        if (!Double.isFinite(value) && !diverged) {
            throw new ResultsFormatException(where + "non-finite return " + f[5] + " on a row not marked diverged");
        }
        Builder b = builders.computeIfAbsent(id, k -> new Builder());
        if (b.diverged) {
            throw new ResultsFormatException(where + id + " has a row after its diverged row");
        }
        if (episode != b.size) {
            throw new ResultsFormatException(where + id + " episode " + episode + ", expected " + b.size);
        }
        b.add(value, length, terminated, truncated, diverged);
    }

    private static int natural(String where, String name, String text) {
        try {
            int v = Integer.parseInt(text);
            if (v < 0) {
                throw new ResultsFormatException(where + name + " is negative: " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + name + " is not an integer: '" + text + "'");
        }
    }

    private static boolean flag(String where, String name, String text) {
        if (text.equals("0")) {
            return false;
        }
        if (text.equals("1")) {
            return true;
        }
        throw new ResultsFormatException(where + name + " must be 0 or 1, was '" + text + "'");
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static final class Builder {
        double[] returns = new double[1024];
        int[] lengths = new int[1024];
        boolean[] terminated = new boolean[1024];
        boolean[] truncated = new boolean[1024];
        int size;
        boolean diverged;

        void add(double value, int length, boolean term, boolean trunc, boolean divergedHere) {
            if (size == returns.length) {
                returns = Arrays.copyOf(returns, 2 * size);
                lengths = Arrays.copyOf(lengths, 2 * size);
                terminated = Arrays.copyOf(terminated, 2 * size);
                truncated = Arrays.copyOf(truncated, 2 * size);
            }
            returns[size] = value;
            lengths[size] = length;
            terminated[size] = term;
            truncated[size] = trunc;
            size++;
            diverged = divergedHere;
        }

        RunEpisodes build(RunId id) {
            return new RunEpisodes(id, Arrays.copyOf(returns, size), Arrays.copyOf(lengths, size),
                    Arrays.copyOf(terminated, size), Arrays.copyOf(truncated, size), diverged);
        }
    }
}
