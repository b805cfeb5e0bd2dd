/**
 * Analyses of trained runs that need the models themselves, rebuilt from the stored parameters without training:
 * the rank study ({@link io.lrpg.analysis.RankStudy}; {@code lrpg rank}) asks whether the policies and value functions
 * the models learn are low-rank. Runs are found and rebuilt by {@link io.lrpg.analysis.StoredRuns}, evaluated on a
 * {@link io.lrpg.analysis.StateGrid}, and measured as a matrix ({@link io.lrpg.analysis.Spectrum}, Eckart–Young) and
 * as a tensor ({@link io.lrpg.analysis.CpAls}, CP by ALS); {@link io.lrpg.analysis.RankStudyFiles} writes the result
 * files.
 *
 * <p>Layer: depends on core, envs, nn (through the experiment layer's model descriptions), results and experiment;
 * never on the report or the command line (checked by {@code LayersTest}).
 */
package io.lrpg.analysis;
