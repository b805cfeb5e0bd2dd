package io.lrpg.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
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

    /** Bytes handed to the stream at a time (at most). */
    private static final int CHUNK = 1 << 15;

    /** A row's bytes besides its prefix and return: two counts of at most 10 digits, 3 flags, 5 commas, '\n'. */
    private static final int ROW_REST = 10 + 1 + 1 + 10 + 1 + 1 + 1 + 1 + 1 + 1 + 1;

    private static final byte[] HEADER_LINE = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);

    private EpisodesCsv() {
    }

    /** Writes the header and then the rows of every run, as ASCII (the ids and numbers are ASCII by contract). */
    public static void write(OutputStream out, List<RunEpisodes> runs) throws IOException {
        out.write(HEADER_LINE);
        for (RunEpisodes run : runs) {
            writeRows(out, run);
        }
    }

    /**
     * Writes the rows of one run (no header).
     *
     * <p>Bytes are assembled in a buffer and handed over in pieces of about {@value #CHUNK} bytes: with a
     * {@link java.io.Writer} per row, formatting a 1 000-episode run went through the charset encoder a thousand
     * times and took 250–320 µs at the JIT warmth of a 400-run command. The text is exactly what
     * {@code StringBuilder.append} makes of each field (the test keeps that formatter as the reference).
     */
    public static void writeRows(OutputStream out, RunEpisodes run) throws IOException {
        RunId id = run.id();
        byte[] prefix = (id.environment() + ',' + id.model() + ',' + id.variant() + ',' + id.seed() + ',')
                .getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[CHUNK];
        int at = 0;
        int last = run.episodes() - 1;
        for (int e = 0; e <= last; e++) {
            String value = Double.toString(run.returns()[e]); // as StringBuilder.append(double) writes it
            if (at + prefix.length + value.length() + ROW_REST > buffer.length) {
                out.write(buffer, 0, at);
                at = 0;
                if (prefix.length + value.length() + ROW_REST > buffer.length) {
                    buffer = new byte[prefix.length + value.length() + ROW_REST];
                }
            }
            System.arraycopy(prefix, 0, buffer, at, prefix.length);
            at += prefix.length;
            at = putNatural(buffer, at, e);
            buffer[at++] = ',';
            for (int c = 0; c < value.length(); c++) {
                buffer[at++] = (byte) value.charAt(c);
            }
            buffer[at++] = ',';
            at = putNatural(buffer, at, run.lengths()[e]);
            buffer[at++] = ',';
            buffer[at++] = run.terminated()[e] ? (byte) '1' : (byte) '0';
            buffer[at++] = ',';
            buffer[at++] = run.truncated()[e] ? (byte) '1' : (byte) '0';
            buffer[at++] = ',';
            buffer[at++] = run.diverged() && e == last ? (byte) '1' : (byte) '0';
            buffer[at++] = '\n';
        }
        out.write(buffer, 0, at);
    }

    /** The decimal digits of {@code value} ≥ 0, as {@code Integer.toString} writes them. */
    private static int putNatural(byte[] buffer, int at, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value);
        }
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) {
            digits++;
        }
        int end = at + digits;
        int v = value;
        for (int i = end - 1; i >= at; i--) {
            buffer[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
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
