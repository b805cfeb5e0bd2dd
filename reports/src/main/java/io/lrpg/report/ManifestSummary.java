package io.lrpg.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The provenance fields of one {@code manifest.json}, as the report prints them. Missing fields are {@code null}.
 *
 * @param file        where it was read
 * @param command     the command line that produced the results
 * @param createdAt   when the results were completed
 * @param gitCommit   code version
 * @param gitDirty    whether the working tree had uncommitted changes
 * @param java        JVM vendor, name and version
 * @param os          operating system
 * @param host        machine host name
 * @param processors  available processors
 * @param wallSeconds the command's wall time
 * @param peakResidentMiB the command's peak resident memory in MiB
 * @param jvmArguments the JVM's arguments (memory settings)
 * @param libraries   versions of the libraries that affect results
 * @param runs        the runs it lists
 */
public record ManifestSummary(Path file, String command, String createdAt, String gitCommit, Boolean gitDirty,
        String java, String os, String host, Integer processors, Double wallSeconds, Long peakResidentMiB,
        List<String> jvmArguments, java.util.Map<String, String> libraries, List<Entry> runs) {

    /**
     * One run listed in a manifest.
     *
     * @param environment environment id
     * @param model       model id
     * @param run         run index
     * @param seed        seed
     */
    public record Entry(String environment, String model, int run, long seed) {
    }
}
