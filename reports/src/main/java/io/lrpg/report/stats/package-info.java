/**
 * The statistics of the report, after Agarwal et al. (2021), "Deep reinforcement learning at the edge of the
 * statistical precipice", and its library rliable ({@code rliable/metrics.py}, {@code rliable/library.py}). Depends
 * on the JDK and commons-math3 only.
 *
 * <h2>Data</h2>
 * One algorithm's scores are per task (environment) a {@code double[]} of per-run scores; tasks may have different
 * numbers of runs. {@link io.lrpg.report.stats.Sample#of} lays them out once; {@link io.lrpg.report.stats.Sample#pair}
 * holds two algorithms for {@link io.lrpg.report.stats.ProbabilityOfImprovement}.
 *
 * <h2>What mirrors what</h2>
 * <table>
 *   <caption>rliable functions and their counterparts</caption>
 *   <tr><th>rliable</th><th>here</th></tr>
 *   <tr><td>{@code aggregate_mean}</td><td>{@link io.lrpg.report.stats.Aggregate#MEAN} (mean of task means)</td></tr>
 *   <tr><td>{@code aggregate_median}</td><td>{@link io.lrpg.report.stats.Aggregate#TASK_MEAN_MEDIAN} (median of task
 *       means); {@link io.lrpg.report.stats.Aggregate#MEDIAN} is the median of the pooled runs</td></tr>
 *   <tr><td>{@code aggregate_iqm}</td><td>{@link io.lrpg.report.stats.Aggregate#IQM}
 *       ({@code scipy.stats.trim_mean(pooled, 0.25)})</td></tr>
 *   <tr><td>{@code aggregate_optimality_gap}</td><td>{@link io.lrpg.report.stats.OptimalityGap}</td></tr>
 *   <tr><td>{@code probability_of_improvement}</td><td>{@link io.lrpg.report.stats.ProbabilityOfImprovement}</td></tr>
 *   <tr><td>{@code StratifiedBootstrap}, {@code StratifiedIndependentBootstrap}, {@code get_interval_estimates}
 *       (arch {@code conf_int}, methods {@code percentile}, {@code bca})</td>
 *       <td>{@link io.lrpg.report.stats.StratifiedBootstrap}, {@link io.lrpg.report.stats.BootstrapDistribution},
 *       {@link io.lrpg.report.stats.IntervalMethod}, {@link io.lrpg.report.stats.Jackknife}</td></tr>
 *   <tr><td>{@code create_performance_profile} (score distributions, {@code run_score_deviation})</td>
 *       <td>{@link io.lrpg.report.stats.PerformanceProfile}, {@link io.lrpg.report.stats.FractionAbove}</td></tr>
 *   <tr><td>sample-efficiency curves (IQM per evaluation point, bootstrap over runs)</td>
 *       <td>{@link io.lrpg.report.stats.SampleEfficiencyCurves}</td></tr>
 * </table>
 * With different run counts per task, means (mean, optimality gap, profile fractions) weigh every task equally, as
 * rliable's formulas do on its rectangular arrays; the median and the IQM pool the runs.
 *
 * <h2>Not in rliable</h2>
 * {@link io.lrpg.report.stats.FailureModes} (stuck and diverged runs, rule {@link io.lrpg.report.stats.StuckRule})
 * and {@link io.lrpg.report.stats.VerdictRules} (claim verdicts, {@link io.lrpg.report.stats.ClaimVerdict}).
 *
 * <h2>Determinism and cost</h2>
 * All randomness comes from an {@link io.lrpg.report.stats.IndexSource}, normally
 * {@link io.lrpg.report.stats.IndexSource#seeded}; the tests replay numpy's indices through it. A resample is a vector
 * of run multiplicities, so a bootstrap of B resamples of N runs costs B·N index draws and B evaluations of O(N)
 * each (sorting happens once per sample), and allocates O(B) per statistic.
 */
package io.lrpg.report.stats;
