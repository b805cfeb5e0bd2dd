package io.lrpg.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code manifest.json} beside every result file: what was run, with which settings and seeds,
 * by which code on which machine, and how long it took.
 *
 * @param command     the command line that produced the results
 * @param createdAt   ISO-8601 time the results were completed
 * @param settings    the fully resolved settings, per (environment, model)
 * @param runs        the runs with their seeds and wall times
 * @param wallSeconds the wall time of the command; for a resumed reproduction, the sum over the
 *                    invocations that trained the folder's runs
 * @param provenance  code, JVM, libraries and machine
 * @param peakResidentMiB the process's peak resident memory (VmHWM) when the manifest was written, or
 *                    {@code null} where the operating system does not report it
 */
public record Manifest(String command, String createdAt, Object settings, List<RunEntry> runs, double wallSeconds,
        Provenance provenance, Long peakResidentMiB) {

    /** A manifest written now: its peak resident memory is read from the process. */
    public Manifest(String command, String createdAt, Object settings, List<RunEntry> runs, double wallSeconds,
            Provenance provenance) {
        this(command, createdAt, settings, runs, wallSeconds, provenance, Provenance.peakResidentMiB());
    }

    /**
     * One run in the manifest.
     *
     * @param environment environment id
     * @param model       model id
     * @param run         run index
     * @param seed        the run's seed
     * @param episodes    episodes recorded
     * @param diverged    whether it stopped on a non-finite return
     * @param wallSeconds the run's wall time
     */
    public record RunEntry(String environment, String model, int run, long seed, int episodes, boolean diverged,
            double wallSeconds) {

        /** The entry of a finished run. */
        public static RunEntry of(RunResult result) {
            RunSpec spec = result.spec();
            return new RunEntry(spec.environment(), spec.model(), spec.run(), spec.seed(), result.curve().episodes(),
                    result.curve().diverged(), result.wallSeconds());
        }
    }

    /** Indented; never closes the writer it is given (AtomicFiles owns and closes its streams). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The shared JSON mapper (records, indented). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Writes this manifest to {@code target} atomically. */
    public void write(Path target) {
        AtomicFiles.write(target, writer -> {
            JSON.writeValue(writer, this);
        });
    }
}
