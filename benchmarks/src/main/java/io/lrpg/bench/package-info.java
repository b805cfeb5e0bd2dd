/**
 * Shared set-up of the JMH benchmarks (paper shapes, recorded episodes) and the generator of the
 * committed benchmark table ({@link io.lrpg.bench.report.BenchmarkTable}). The benchmarks themselves live in
 * the packages of their subjects, so that they read like the code they measure.
 */
package io.lrpg.bench;
