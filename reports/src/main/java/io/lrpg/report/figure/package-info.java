/**
 * Figures without plotting libraries: a scene of records, compiled once to a display list that an SVG writer and a
 * Java2D PNG renderer both draw, so that the two files have the same geometry by construction.
 *
 * <p><b>Pipeline.</b> {@link io.lrpg.report.figure.Figure} (panels of {@link io.lrpg.report.figure.Panel}: axes,
 * {@link io.lrpg.report.figure.Band}s, {@link io.lrpg.report.figure.Series}, reference lines, legend, notes, an
 * optional {@link io.lrpg.report.figure.Inset}) → {@link io.lrpg.report.figure.FigureCompiler#compile} (layout, round
 * ticks, per-pixel-column decimation, clipping marks and notes, coordinates rounded to 0.1 px) →
 * {@link io.lrpg.report.figure.DisplayList} → {@link io.lrpg.report.figure.SvgRenderer} and
 * {@link io.lrpg.report.figure.PngRenderer}; {@link io.lrpg.report.figure.FigureFiles} writes {@code NAME.svg} and
 * {@code NAME.png} atomically.
 *
 * <p><b>Builders.</b> {@link io.lrpg.report.figure.LearningCurves} (learning curves and sample-efficiency curves,
 * paper-faithful or clean {@link io.lrpg.report.figure.Style}, x in episodes or environment steps, optional
 * {@link io.lrpg.report.figure.Zoom} for long panels) and {@link io.lrpg.report.figure.PerformanceProfiles} take plain
 * arrays and return the written paths.
 *
 * <p>The package depends on the JDK only (java.awt, javax.imageio) and, for atomic writes, on
 * {@code io.lrpg.results.AtomicFiles}.
 */
package io.lrpg.report.figure;
