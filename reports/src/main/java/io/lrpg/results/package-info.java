/**
 * The result format, shared by the experiment runner that writes results and the report that reads them:
 * run identities ({@link io.lrpg.results.RunId}), the per-episode CSV codec ({@link io.lrpg.results.EpisodesCsv}),
 * the run record ({@link io.lrpg.results.RunRecord}), trained parameters ({@link io.lrpg.results.ModelParameters}),
 * the invocation log ({@link io.lrpg.results.Invocation}), the store layout ({@link io.lrpg.results.StoreLayout})
 * and atomic writes. It depends on the JDK and Jackson only, so the report can be a function of the files alone.
 */
package io.lrpg.results;
