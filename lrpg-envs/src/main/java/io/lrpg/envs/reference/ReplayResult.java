package io.lrpg.envs.reference;

import java.util.Objects;

/**
 * Both comparisons of one reference file.
 *
 * @param source   the file
 * @param format   its layout (and environment)
 * @param rows     its number of data rows
 * @param oneStep  teacher-forced: every row stepped once from its recorded pre-step state
 * @param openLoop the actions replayed from row 0's state, over the README's rows and bound
 */
public record ReplayResult(String source, ReferenceFormat format, int rows, Comparison oneStep, Comparison openLoop) {

    public ReplayResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(oneStep, "oneStep");
        Objects.requireNonNull(openLoop, "openLoop");
    }

    /** Whether both comparisons passed. */
    public boolean passed() {
        return oneStep.passed() && openLoop.passed();
    }
}
