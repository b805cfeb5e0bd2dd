package io.lrpg.experiment;

import io.lrpg.core.train.LearningCurve;

/**
 * A finished run.
 *
 * @param spec        what was run
 * @param curve       its per-episode results
 * @param wallSeconds how long it took
 */
public record RunResult(RunSpec spec, LearningCurve curve, double wallSeconds) {
}
