package io.lrpg.report;

import io.lrpg.report.stats.IntervalEstimate;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.report.stats.RunDiagnosis;
import io.lrpg.report.stats.RunHealth;
import io.lrpg.results.AtomicFiles;
import io.lrpg.results.EpisodesCsv;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The report's data in plain long ("tidy") CSV files that pandas ({@code pd.read_csv}) and rliable's helpers read
 * without conversion: numbers as {@link Double#toString} writes them (parsing gives back the same double), NaN for
 * a missing value, flags 0/1, one header line.
 *
 * <ul>
 *   <li>{@value #EPISODES}: every episode of every run, with the run store's own codec ({@link EpisodesCsv}, header
 *       {@value EpisodesCsv#HEADER}); {@code EpisodesCsv.read} reads it back.</li>
 *   <li>{@value #FINAL_SCORES}: one row per run, header {@value #FINAL_SCORES_HEADER}; {@code final_return} and
 *       {@code mean_last_n} are NaN for a diverged run, {@code stuck_since} is −1 for a run that is not stuck. For
 *       rliable: {@code df.pivot(index="seed", columns="environment", values="final_return")} per model is its
 *       (runs × tasks) score matrix.</li>
 *   <li>{@value #INTERVALS}: every interval estimate, both methods, header {@value #INTERVALS_HEADER}
 *       ({@code method_used} is "percentile" where BCa was asked for but is undefined).</li>
 *   <li>{@value #PROFILES}: the performance profiles, header {@value #PROFILES_HEADER}.</li>
 *   <li>{@value #EFFICIENCY}: the sample-efficiency curves, header {@value #EFFICIENCY_HEADER}.</li>
 * </ul>
 */
final class Exports {

    static final String EPISODES = "episodes.csv";
    static final String FINAL_SCORES = "final-scores.csv";
    static final String FINAL_SCORES_HEADER = "environment,model,variant,seed,episodes,final_return,mean_last_n,last_n,"
            + "diverged,stuck,stuck_since";
    static final String INTERVALS = "intervals.csv";
    static final String INTERVALS_HEADER = "scope,environment,model,variant,score,statistic,method,method_used,"
            + "estimate,lower,upper,level,resamples";
    static final String PROFILES = "profiles.csv";
    static final String PROFILES_HEADER = "panel,model,variant,runs,tau,fraction,lower,upper";
    static final String EFFICIENCY = "efficiency.csv";
    static final String EFFICIENCY_HEADER = "environment,model,variant,runs,smoothing,episode,steps,iqm,lower,upper";

    private Exports() {
    }

    /** {@value #EPISODES}: the runs in cell and seed order. */
    static Path episodes(Path folder, ResultSet results) {
        Path file = folder.resolve(EPISODES);
        AtomicFiles.writeBinary(file, out -> {
            out.write((EpisodesCsv.HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (List<RunCurve> runs : results.cells().values()) {
                for (RunCurve run : runs) {
                    EpisodesCsv.writeRows(out, run.episodes());
                }
            }
        });
        return file;
    }

    /** {@value #FINAL_SCORES}. */
    static Path finalScores(Path folder, ResultSet results, ReportSettings settings) {
        Path file = folder.resolve(FINAL_SCORES);
        AtomicFiles.write(file, w -> {
            w.write(FINAL_SCORES_HEADER + "\n");
            for (Map.Entry<Cell, List<RunCurve>> cell : results.cells().entrySet()) {
                for (RunCurve run : cell.getValue()) {
                    RunDiagnosis d = io.lrpg.report.stats.FailureModes.diagnose(run.returns(),
                            io.lrpg.report.stats.StuckRule.DEFAULT);
                    Cell c = cell.getKey();
                    w.write(c.environment() + "," + c.model() + "," + c.variant() + "," + run.seed() + ","
                            + run.episodeCount() + ","
                            + number(ScoreKind.FINAL.score(run.returns(), settings.lastEpisodes())) + ","
                            + number(ScoreKind.LAST_MEAN.score(run.returns(), settings.lastEpisodes())) + ","
                            + settings.lastEpisodes() + "," + flag(d.health() == RunHealth.DIVERGED) + ","
                            + flag(d.health() == RunHealth.STUCK) + ","
                            + (d.health() == RunHealth.STUCK ? d.since() : -1) + "\n");
                }
            }
        });
        return file;
    }

    /** {@value #INTERVALS}: per cell, per aggregate, and P(lowrank &gt; nn). */
    static Path intervals(Path folder, List<CellSummary> cells, List<AggregateSummary> aggregates,
            Map<String, Estimate> improvements, ReportSettings settings) {
        Path file = folder.resolve(INTERVALS);
        AtomicFiles.write(file, w -> {
            w.write(INTERVALS_HEADER + "\n");
            for (CellSummary s : cells) {
                for (ScoreKind kind : ScoreKind.values()) {
                    for (Map.Entry<Measure, Estimate> m : s.measures().get(kind).entrySet()) {
                        rows(w, "cell", s.cell().environment(), s.cell().model(), s.cell().variant(), kind.column(),
                                m.getKey().label(), m.getValue());
                    }
                }
            }
            for (AggregateSummary a : aggregates) {
                for (ScoreKind kind : ScoreKind.values()) {
                    for (Map.Entry<Measure, Estimate> m : a.measures().get(kind).entrySet()) {
                        rows(w, "aggregate (normalized)", String.join("+", a.environments()), a.model(), a.variant(),
                                kind.column(), m.getKey().label(), m.getValue());
                    }
                }
            }
            for (Map.Entry<String, Estimate> p : improvements.entrySet()) {
                rows(w, p.getKey().contains("+") ? "aggregate" : "cell", p.getKey(), "lowrank vs nn",
                        PaperReference.PAPER_VARIANT, ScoreKind.FINAL.column(), "P(lowrank > nn)", p.getValue());
            }
        });
        return file;
    }

    private static void rows(Writer w, String scope, String environment, String model, String variant, String score,
            String statistic, Estimate e) throws IOException {
        for (IntervalMethod method : IntervalMethod.values()) {
            IntervalEstimate i = e.get(method);
            w.write(csv(scope, environment, model, variant, score, statistic,
                    method.name().toLowerCase(java.util.Locale.ROOT),
                    i.method().name().toLowerCase(java.util.Locale.ROOT), number(i.estimate()), number(i.lower()),
                    number(i.upper()), number(i.level()), Integer.toString(i.resamples())));
        }
    }

    /** {@value #PROFILES}. */
    static Path profiles(Path folder, List<ProfileSet> sets) {
        Path file = folder.resolve(PROFILES);
        AtomicFiles.write(file, w -> {
            w.write(PROFILES_HEADER + "\n");
            for (ProfileSet p : sets) {
                for (ProfileSet.Curve c : p.curves()) {
                    int runs = c.runs().stream().mapToInt(Integer::intValue).sum();
                    double[] taus = p.taus();
                    for (int k = 0; k < taus.length; k++) {
                        IntervalEstimate i = c.profile().points().get(k);
                        w.write(csv(p.title(), c.model(), c.variant(), Integer.toString(runs), number(taus[k]),
                                number(i.estimate()), number(i.lower()), number(i.upper())));
                    }
                }
            }
        });
        return file;
    }

    /** {@value #EFFICIENCY}. */
    static Path efficiency(Path folder, List<EfficiencyCurve> curves) {
        Path file = folder.resolve(EFFICIENCY);
        AtomicFiles.write(file, w -> {
            w.write(EFFICIENCY_HEADER + "\n");
            for (EfficiencyCurve c : curves) {
                int[] episodes = c.iqm().episodes();
                String prefix = c.cell().environment() + "," + c.cell().model() + "," + c.cell().variant() + ","
                        + c.runs() + "," + c.smoothing() + ",";
                for (int p = 0; p < episodes.length; p++) {
                    IntervalEstimate i = c.iqm().points().get(p);
                    w.write(prefix + episodes[p] + "," + number(c.steps()[p]) + "," + number(i.estimate()) + ","
                            + number(i.lower()) + "," + number(i.upper()) + "\n");
                }
            }
        });
        return file;
    }

    /** Shortest round-trip form; NaN as "NaN" (pandas reads it as a missing value), ±∞ as "inf"/"-inf". */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** One CSV line, fields quoted where they hold a comma, a quote or a line break. */
    static String csv(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i > 0) {
                b.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.append('\n').toString();
    }
}
