package io.lrpg.report;

import io.lrpg.report.figure.Curve;
import io.lrpg.report.figure.CurveOptions;
import io.lrpg.report.figure.CurvePanel;
import io.lrpg.report.figure.Figure;
import io.lrpg.report.figure.FigureFiles;
import io.lrpg.report.figure.LearningCurves;
import io.lrpg.report.figure.Palette;
import io.lrpg.report.figure.PerformanceProfiles;
import io.lrpg.report.figure.ProfileCurve;
import io.lrpg.report.figure.ProfileOptions;
import io.lrpg.report.figure.ProfilePanel;
import io.lrpg.report.figure.Rgba;
import io.lrpg.report.figure.Ticks;
import io.lrpg.report.figure.XUnit;
import io.lrpg.report.figure.Zoom;
import io.lrpg.report.stats.IntervalEstimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's figures, drawn with {@link io.lrpg.report.figure}: each as {@code NAME.svg} and {@code NAME.png} from
 * one display list.
 *
 * <ul>
 *   <li>{@value #PAPER}{@code .svg/png} and one panel per environment ({@value #PAPER}{@code -ENV}): the paper's
 *       figure 1 in its style (the paper's y ranges, panel letters, data outside the ranges clipped and marked), drawn
 *       from the cells of the variant {@code paper} only, and only for environments that have them: per model the
 *       median over runs and the 25th–75th percentile band (Goddard's band widened by a running max/min over
 *       {@value #GODDARD_BAND_WINDOW} episodes, as the paper's plotting script does), plus the median smoothed as a
 *       claim measures it, dashed.</li>
 *   <li>{@value #CURVES}: the same statistics for every variant, in the clean style (ranges from the data, nothing
 *       clipped; Goddard's band not widened), x in episodes or environment steps.</li>
 *   <li>{@value #EFFICIENCY}: the IQM over runs with its bootstrap band ({@link EfficiencyCurve}).</li>
 *   <li>{@value #PROFILES}: performance profiles of final returns per environment and of normalized final returns
 *       over environments ({@link ProfileSet}).</li>
 * </ul>
 * Panels longer than {@value #INSET_FROM} episodes get an inset of their first fifth (rounded up to a round number),
 * where the low-rank curve rises.
 */
final class ReportFigures {

    /** Base name of the paper-style figure. */
    static final String PAPER = "figure";
    /** Base name of the clean learning curves. */
    static final String CURVES = "learning-curves";
    /** Base name of the sample-efficiency curves. */
    static final String EFFICIENCY = "sample-efficiency";
    /** Base name of the performance profiles. */
    static final String PROFILES = "performance-profiles";
    /** Window of the Goddard band widening of the paper style. */
    static final int GODDARD_BAND_WINDOW = 20;
    /** Panels of at least this many episodes get an inset. */
    static final int INSET_FROM = 5000;

    private ReportFigures() {
    }

    /** The curve's name: the model's readable name and the variant (it keys the colour). */
    static String name(Cell cell) {
        return PaperReference.modelName(cell.model()) + ", " + cell.variant();
    }

    /** The paper's colours for its two models on the paper variant; the palette for everything else. */
    static Rgba colour(Cell cell) {
        if (!cell.isPaper()) {
            return null;
        }
        return PaperReference.LOWRANK.equals(cell.model()) ? Palette.LOW_RANK
                : PaperReference.NN.equals(cell.model()) ? Palette.NETWORK : null;
    }

    /** The paper-style figure and its panels; empty if no environment has a cell of the variant {@code paper}. */
    static List<Path> paperFigure(Path folder, List<CellSummary> summaries) {
        Map<String, List<CellSummary>> byEnvironment = byEnvironment(summaries.stream()
                .filter(s -> s.cell().isPaper() && PaperReference.yRange(s.cell().environment()) != null).toList());
        if (byEnvironment.isEmpty()) {
            return List.of();
        }
        return medianFigure(folder, PAPER, byEnvironment, null, XUnit.EPISODES,
                CurveOptions.paper().withSmoothedLabel(smoothedLabel()));
    }

    /** The clean learning curves of every cell. */
    static List<Path> learningCurves(Path folder, List<CellSummary> summaries, ResultSet results, XUnit xUnit) {
        return medianFigure(folder, CURVES, byEnvironment(summaries), results, xUnit,
                CurveOptions.clean(xUnit).withSmoothedLabel(smoothedLabel()));
    }

    /**
     * A figure of median curves with their 25–75 % bands, one panel per environment. In the paper style (paper y
     * ranges) Goddard's band is widened as the paper's plotting script widens it; x in steps needs the runs.
     */
    private static List<Path> medianFigure(Path folder, String base, Map<String, List<CellSummary>> byEnvironment,
            ResultSet results, XUnit xUnit, CurveOptions options) {
        boolean paper = options.style() == io.lrpg.report.figure.Style.PAPER;
        List<CurvePanel> panels = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        for (Map.Entry<String, List<CellSummary>> e : byEnvironment.entrySet()) {
            String environment = e.getKey();
            int smoothing = PaperReference.claimSmoothing(environment);
            boolean widen = paper && "goddard".equals(environment);
            List<Curve> curves = new ArrayList<>();
            for (CellSummary s : e.getValue()) {
                EpisodeBands b = s.bands();
                double[] x = xUnit == XUnit.EPISODES ? indices(b.episodes())
                        : EfficiencyCurve.medianSteps(results.runs(s.cell()), episodes(b.episodes()));
                double[] lower = widen ? runningExtreme(b.p25(), GODDARD_BAND_WINDOW, false) : b.p25();
                double[] upper = widen ? runningExtreme(b.p75(), GODDARD_BAND_WINDOW, true) : b.p75();
                curves.add(new Curve(name(s.cell()), name(s.cell()) + " — median of n = " + s.runs()
                        + " runs; band: 25–75 % of runs", colour(s.cell()), x, b.median(), lower, upper,
                        smoothing > 0 ? SampleEfficiency.movingAverage(b.median(), smoothing) : null));
            }
            panels.add(new CurvePanel(PaperReference.title(environment), paper ? PaperReference.yRange(environment)
                    : null, zoom(b(e.getValue()).episodes()), curves));
            // a note that differs between panels names its panel (identical notes are shown once)
            notes.add(List.of((widen ? PaperReference.title(environment) + ": line" : "Line")
                    + ": the median over runs of each episode's return; band: the 25th–75th percentiles "
                    + "of the runs" + (widen ? ", widened by a running max/min over " + GODDARD_BAND_WINDOW
                            + " episodes as the paper's plotting script does" : "")
                    + (xUnit == XUnit.ENVIRONMENT_STEPS ? "; x: the median over runs of the environment steps taken "
                            + "up to that episode" : "")
                    + (paper ? ". The paper's y range: data outside it is clipped and marked."
                            : ". Ranges from the data: nothing is clipped."), failures(e.getValue())));
        }
        return write(folder, base, panels, options, notes, List.copyOf(byEnvironment.keySet()));
    }

    /** The sample-efficiency curves. */
    static List<Path> efficiency(Path folder, List<EfficiencyCurve> curves, List<CellSummary> summaries,
            ReportSettings settings) {
        Map<String, List<EfficiencyCurve>> byEnvironment = new LinkedHashMap<>();
        for (EfficiencyCurve c : curves) {
            byEnvironment.computeIfAbsent(c.cell().environment(), k -> new ArrayList<>()).add(c);
        }
        if (byEnvironment.isEmpty()) {
            return List.of();
        }
        List<CurvePanel> panels = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        for (Map.Entry<String, List<EfficiencyCurve>> e : byEnvironment.entrySet()) {
            List<Curve> built = new ArrayList<>();
            int longest = 0;
            for (EfficiencyCurve c : e.getValue()) {
                int[] episodes = c.iqm().episodes();
                longest = Math.max(longest, episodes[episodes.length - 1] + 1);
                double[] x = settings.xUnit() == XUnit.EPISODES ? toDouble(episodes) : c.steps();
                built.add(Curve.of(name(c.cell()), name(c.cell()) + " — IQM of n = " + c.runs() + " runs; band: "
                        + percent(settings.level()) + " bootstrap CI", colour(c.cell()), x, c.iqm().estimates(),
                        c.iqm().lowers(), c.iqm().uppers()));
            }
            panels.add(new CurvePanel(PaperReference.title(e.getKey()), null, zoom(longest), built));
            EfficiencyCurve first = e.getValue().get(0);
            List<String> n = new ArrayList<>();
            n.add("Line: the interquartile mean over runs (the mean of the middle half) of each run's return"
                    + (first.smoothing() > 0 ? " smoothed by a centred ±" + first.smoothing()
                            + "-episode moving average" : "") + "; band: pointwise " + percent(settings.level())
                    + " stratified-bootstrap interval (" + settings.curveResamples() + " resamples of runs, "
                    + settings.method().name().toLowerCase(Locale.ROOT) + ")"
                    + (first.stride() > 1 ? "; evaluated at every " + first.stride() + "th episode" : "")
                    + ". Diverged runs are left out.");
            n.add(failures(summaries.stream().filter(s -> s.cell().environment().equals(e.getKey())).toList()));
            notes.add(n);
        }
        CurveOptions options = CurveOptions.sampleEfficiency(settings.xUnit());
        return write(folder, EFFICIENCY, panels, options, notes, List.copyOf(byEnvironment.keySet()));
    }

    /** The performance profiles: one panel per environment, then the aggregate. */
    static List<Path> profiles(Path folder, List<ProfileSet> environments, ProfileSet aggregate,
            ReportSettings settings) {
        if (environments.isEmpty()) {
            return List.of();
        }
        List<ProfilePanel> panels = new ArrayList<>();
        for (ProfileSet p : environments) {
            panels.add(profilePanel(p, settings));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Each line: the fraction of runs whose final return exceeds τ (a diverged run never does); band: "
                + "pointwise " + percent(settings.level()) + " stratified-bootstrap interval (" + settings
                        .profileResamples() + " resamples). A curve above another everywhere is better at every "
                + "threshold.");
        if (aggregate != null) {
            notes.add("Aggregate: each environment's final returns min–max normalized (0 and 1 are the bottom and the "
                    + "top of the paper's axis: " + normalizations() + "); every environment weighs the same.");
        }
        notes.add(PaperReference.MODEL_NAMES);
        return PerformanceProfiles.write(folder, PROFILES, panels, aggregate == null ? null
                : profilePanel(aggregate, settings), ProfileOptions.defaults().withGrid(
                        Math.min(4, panels.size() + (aggregate == null ? 0 : 1)), 450, 400).withFootnotes(notes));
    }

    /** "pendulum 0–100, acrobot 0–100, goddard 0.7–1.25". */
    static String normalizations() {
        List<String> parts = new ArrayList<>();
        for (String e : List.of("pendulum", "acrobot", "goddard")) {
            PaperReference.normalization(e).ifPresent(n -> parts.add(e + " " + Ticks.formatSignificant(n.min()) + "–"
                    + Ticks.formatSignificant(n.max())));
        }
        return String.join(", ", parts);
    }

    private static ProfilePanel profilePanel(ProfileSet p, ReportSettings settings) {
        List<ProfileCurve> curves = new ArrayList<>();
        for (ProfileSet.Curve c : p.curves()) {
            Cell cell = new Cell("", c.model(), c.variant());
            List<IntervalEstimate> points = c.profile().points();
            double[] fraction = points.stream().mapToDouble(IntervalEstimate::estimate).toArray();
            double[] lower = points.stream().mapToDouble(IntervalEstimate::lower).toArray();
            double[] upper = points.stream().mapToDouble(IntervalEstimate::upper).toArray();
            int runs = c.runs().stream().mapToInt(Integer::intValue).sum();
            curves.add(new ProfileCurve(name(cell), name(cell) + " — n = " + runs + " runs"
                    + (c.runs().size() > 1 ? " over " + c.runs().size() + " environments" : "") + "; band: "
                    + percent(settings.level()) + " bootstrap CI", colour(cell), p.taus(), fraction, lower, upper));
        }
        return new ProfilePanel(p.title(), p.tauLabel(), curves);
    }

    /**
     * Writes the combined figure and one figure per panel. {@code notes.get(i)} are panel i's description and its
     * failed runs; the combined figure's footnotes are the distinct descriptions, then every panel's failed runs, then
     * the stuck rule and the model names, which end every figure's footnotes.
     */
    private static List<Path> write(Path folder, String base, List<CurvePanel> panels, CurveOptions options,
            List<List<String>> notes, List<String> environments) {
        List<String> common = List.of(STUCK_RULE, PaperReference.MODEL_NAMES);
        List<String> all = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            for (List<String> n : notes) {
                if (!all.contains(n.get(part))) {
                    all.add(n.get(part));
                }
            }
        }
        all.addAll(common);
        List<Path> written = new ArrayList<>(LearningCurves.write(folder, base, panels, options.withFootnotes(all)));
        List<Figure> alone = LearningCurves.panelFigures(panels, options);
        for (int i = 0; i < alone.size(); i++) {
            List<String> own = new ArrayList<>(notes.get(i));
            own.addAll(common);
            written.addAll(FigureFiles.write(folder, base + "-" + environments.get(i), alone.get(i).withFootnotes(own)));
        }
        return written;
    }

    /** "Failed runs: low-rank (LRPG), paper 0 of 100 diverged, 0 stuck; …" with the stuck rule. */
    static String failures(List<CellSummary> cells) {
        List<String> parts = new ArrayList<>();
        for (CellSummary s : cells) {
            parts.add(name(s.cell()) + ": " + s.diverged() + " of " + s.runs() + " diverged, " + s.stuck() + " stuck");
        }
        String environment = cells.isEmpty() ? "" : PaperReference.title(cells.get(0).cell().environment()) + ", ";
        return environment + "failed runs — " + String.join("; ", parts) + ".";
    }

    /** The stuck rule, for footnotes. */
    static final String STUCK_RULE = "Diverged: stopped on a non-finite return; stuck: the last min(1 000, 10 % of "
            + "the run) episodes all return exactly the same value.";

    private static String smoothedLabel() {
        return "dashed: the median smoothed by a centred ±" + PaperReference.SMOOTHING_HALF_WIDTH
                + "-episode moving average, as the Goddard episode claims measure it";
    }

    /** An inset of the first fifth (rounded up) for long panels. */
    static Zoom zoom(int episodes) {
        return episodes >= INSET_FROM ? Zoom.inset(Ticks.roundUp(0.2 * episodes)) : Zoom.none();
    }

    private static EpisodeBands b(List<CellSummary> cells) {
        return cells.stream().map(CellSummary::bands).max((a, c) -> Integer.compare(a.episodes(), c.episodes()))
                .orElseThrow();
    }

    private static Map<String, List<CellSummary>> byEnvironment(List<CellSummary> summaries) {
        Map<String, List<CellSummary>> out = new LinkedHashMap<>();
        for (CellSummary s : summaries) {
            out.computeIfAbsent(s.cell().environment(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    static double[] indices(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static int[] episodes(int n) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static double[] toDouble(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    static String percent(double level) {
        double p = 100 * level;
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + " %";
    }

    /**
     * Running maximum (or minimum) over the window [e − w/2, e + w/2 − 1], cut to the episodes that exist (the paper's
     * {@code 4_plot.py} widens the Goddard band so, with w = 20).
     */
    static double[] runningExtreme(double[] x, int window, boolean max) {
        double[] out = new double[x.length];
        for (int e = 0; e < x.length; e++) {
            int from = Math.max(0, e - window / 2);
            int to = Math.min(x.length - 1, e + window / 2 - 1);
            double best = x[from];
            for (int i = from + 1; i <= to; i++) {
                best = max ? Math.max(best, x[i]) : Math.min(best, x[i]);
            }
            out[e] = best;
        }
        return out;
    }
}
