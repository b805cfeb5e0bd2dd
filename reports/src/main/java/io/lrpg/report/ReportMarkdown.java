package io.lrpg.report;

import io.lrpg.report.figure.XUnit;
import io.lrpg.report.stats.IntervalEstimate;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.report.stats.RunHealth;
import io.lrpg.report.stats.StuckRule;
import io.lrpg.report.stats.VerdictRules;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The text files of a report: {@code report.md}, the claims table, {@code summary.csv} and the older CSVs. */
final class ReportMarkdown {

    private final PaperReport report;
    private final ResultSet results;
    private final ReportSettings settings;
    private final List<CellSummary> summaries;
    private final boolean paperFigure;

    ReportMarkdown(PaperReport report, boolean paperFigure) {
        this.report = report;
        this.results = report.results();
        this.settings = report.settings();
        this.summaries = report.summaries();
        this.paperFigure = paperFigure;
    }

    // -------------------------------------------------------------------------------------------------------------
    // claims

    void writeClaimsCsv(Writer w) throws IOException {
        w.write("claim,environment,kind,paper,measured,lower,upper,verdict,basis\n");
        for (Claim c : report.claims()) {
            w.write(Exports.csv(c.claim(), c.environment(), c.kind().name().toLowerCase(Locale.ROOT), c.paper(),
                    c.measured(), number(c.lower()), number(c.upper()), c.verdict().label(), c.basis()));
        }
    }

    void writeClaimsMarkdown(Writer w) throws IOException {
        claimsTable(w, report.claims(), settings.level());
    }

    /** The claims table in Markdown. */
    static void claimsTable(Writer w, List<Claim> claims, double level) throws IOException {
        w.write("| claim | environment | paper | measured (" + ReportFigures.percent(level) + " CI) | verdict | basis |\n");
        w.write("|---|---|---|---|---|---|\n");
        for (Claim c : claims) {
            w.write("| " + cellText(c.claim()) + " | " + c.environment() + " | " + cellText(c.paper()) + " | "
                    + cellText(c.measured()) + " | **" + c.verdict().label() + "** | " + cellText(c.basis()) + " |\n");
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // CSVs

    void writeSummaryCsv(Writer w) throws IOException {
        StringBuilder header = new StringBuilder("environment,model,variant,runs,diverged,stuck,episodes");
        for (ScoreKind kind : ScoreKind.values()) {
            for (Measure m : Measure.values()) {
                String name = m.name().toLowerCase(Locale.ROOT) + "_" + kind.column();
                header.append(',').append(name).append(',').append(name).append("_lower,").append(name)
                        .append("_upper");
            }
        }
        header.append(",p25_final,p75_final,episodes_to_90pct_rise,episodes_to_95pct_rise,"
                + "episodes_to_90pct_rise_smoothed50\n");
        w.write(header.toString());
        for (CellSummary s : summaries) {
            List<String> f = new ArrayList<>(List.of(s.cell().environment(), s.cell().model(), s.cell().variant(),
                    Integer.toString(s.runs()), Integer.toString(s.diverged()), Integer.toString(s.stuck()),
                    Integer.toString(s.episodes())));
            for (ScoreKind kind : ScoreKind.values()) {
                for (Measure m : Measure.values()) {
                    Estimate e = s.estimate(kind, m);
                    IntervalEstimate i = e == null ? null : e.get(settings.method());
                    f.add(i == null ? "" : number(i.estimate()));
                    f.add(i == null ? "" : number(i.lower()));
                    f.add(i == null ? "" : number(i.upper()));
                }
            }
            f.add(number(s.p25Final()));
            f.add(number(s.p75Final()));
            f.add(needed(s.rise90()));
            f.add(needed(s.rise95()));
            f.add(needed(s.rise90Smoothed()));
            w.write(Exports.csv(f.toArray(String[]::new)));
        }
    }

    void writeParametersCsv(Writer w) throws IOException {
        w.write("environment,model,variant,actor,critic,std,without_std,total\n");
        for (Cell cell : results.cells().keySet()) {
            io.lrpg.results.ParameterCount c = results.parameterCount(cell);
            w.write(Exports.csv(cell.environment(), cell.model(), cell.variant(), Long.toString(c.actor()),
                    Long.toString(c.critic()), Long.toString(c.std()), Long.toString(c.withoutStd()),
                    Long.toString(c.total())));
        }
    }

    void writeCurvesCsv(Writer w) throws IOException {
        w.write("environment,model,variant,episode,runs,p25,median,p75\n");
        for (CellSummary s : summaries) {
            EpisodeBands b = s.bands();
            String prefix = s.cell().environment() + "," + s.cell().model() + "," + s.cell().variant() + ",";
            for (int e = 0; e < b.episodes(); e++) {
                w.write(prefix + e + "," + b.runs()[e] + "," + b.p25()[e] + "," + b.median()[e] + "," + b.p75()[e]
                        + "\n");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // report.md

    void writeReport(Writer w) throws IOException {
        String ci = ReportFigures.percent(settings.level()) + " CI";
        w.write("# LRPG reproduction report\n\n");
        w.write("Rebuilt by `lrpg report` from the raw result files alone. Paper: Rozada & Marques, \"Matrix Low-Rank "
                + "Approximation for Policy Gradient Methods\", ICASSP 2023. " + PaperReference.MODEL_NAMES
                + " Every aggregate below comes with a " + ReportFigures.percent(settings.level())
                + " confidence interval from a stratified bootstrap over runs (see *Statistics*).\n\n");
        if (report.caveats().isEmpty()) {
            w.write("The inputs follow the paper's protocol: " + PaperReference.PAPER_RUNS
                    + " runs per model and the paper's episodes per run in every environment.\n\n");
        } else {
            w.write("**The inputs differ from the paper's protocol; read the numbers below with that in mind:**\n\n");
            for (String c : report.caveats()) {
                w.write("- " + c + "\n");
            }
            w.write("\n");
        }
        writeClaims(w);
        writeSummary(w);
        writeAggregate(w);
        writeFailures(w);
        writeCheckpoints(w);
        writeFigures(w);
        if (!report.sweeps().isEmpty()) {
            report.sweeps().writeMarkdown(w, settings.method(), settings.level());
        }
        if (!report.rankStudy().isEmpty()) {
            writeRankStudy(w);
        }
        writeParameters(w);
        writeStatistics(w);
        writeFiles(w);
        writeProvenance(w);
    }

    private void writeClaims(Writer w) throws IOException {
        w.write("## Claims\n\n");
        writeClaimsMarkdown(w);
        List<Claim> failing = report.failingClaims();
        w.write("\n`lrpg report --check` on these inputs: " + (failing.isEmpty()
                ? "passes (exit 0): no claim about the results is *not reproduced*."
                : "fails (exit 1) on " + failing.size() + " claim(s) about the results found *not reproduced*.")
                + "\n\n");
        double threshold = 0.5 - VerdictRules.SIMILARITY_MARGIN;
        w.write("Verdict rules (intervals: " + ReportFigures.percent(settings.level()) + ", "
                + methodName(settings.method()) + "; every bound counts as inside):\n\n");
        w.write("- *too few runs*: a model has fewer than " + VerdictRules.MIN_RUNS + " runs in the cell; no verdict "
                + "on its results.\n");
        w.write(String.format(Locale.ROOT, "- *Final return similar or better*: the interval [l, u] of P(lowrank > nn), "
                + "the probability that a random low-rank run ends higher than a random network run (ties ½; a "
                + "diverged run loses to every finite return), tested for non-inferiority with margin %.2f: "
                + "**reproduced** if l ≥ %.2f (low-rank wins at least %.0f %% of the pairs, i.e. it is similar or "
                + "better), **not reproduced** if u < %.2f, **inconclusive** otherwise.%n",
                VerdictRules.SIMILARITY_MARGIN, threshold, 100 * threshold, threshold));
        w.write("- *Fewer episodes*: ratio = (nn episodes needed) / (lowrank episodes needed), episodes needed = the "
                + "first episode index + 1 at which the median-over-runs curve (smoothed where the claim says so) gets "
                + "there; its interval is a percentile bootstrap over runs, each model's runs resampled within it. "
                + "**inconclusive** if the interval contains 1 (no effect is not excluded, whatever else it contains); "
                + "else **reproduced** if it contains the paper's ratio; else **consistent** if the estimate is within "
                + "±" + Math.round(100 * VerdictRules.RATIO_TOLERANCE) + " % of the paper's ratio and the interval "
                + "lies on the paper's side of 1 (the effect has the paper's direction; the one addition to the rule "
                + "as first stated); else **not reproduced** (also when the low-rank median never gets there).\n");
        w.write("- *Parameter ratio* (a fact about model sizes, no sampling): **reproduced** if 3.5 % ≤ ratio < 6.5 % "
                + "(rounds to 4–6 %), otherwise **not reproduced**. The legend counts are the paper's figure-legend "
                + "numbers; the true counts come from the model shapes. These rows never fail `--check`.\n");
        w.write("- *not comparable: settings differ*: a variant whose settings are not the paper's (a shortened run is "
                + "one); the paper's claims are checked on the variant `paper` only.\n");
        w.write("- `lrpg report --check` exits 1 if and only if a claim about the results (not a parameter ratio) is "
                + "*not reproduced*, and names each such claim on stderr; consistent, inconclusive, too few runs and "
                + "not comparable do not fail it.\n\n");
    }

    private void writeSummary(Writer w) throws IOException {
        IntervalMethod method = settings.method();
        String ci = ReportFigures.percent(settings.level()) + " CI";
        w.write("## Per-cell summary\n\n");
        w.write("Each cell is one environment, model and variant. Scores of the runs that did not diverge; each "
                + "statistic with its " + ci + " (stratified bootstrap over the cell's runs, " + methodName(method)
                + "; both methods in `intervals.csv`). IQM: the mean of the middle half of the runs. Optimality gap: "
                + "how far the runs fall short of the top of the paper's axis (γ = " + gammas() + "; lower is "
                + "better). Failed runs (diverged, stuck) are counted here and listed under *Failed runs*.\n\n");
        for (ScoreKind kind : ScoreKind.values()) {
            w.write("### " + capitalize(kind.description(settings.lastEpisodes())) + "\n\n");
            w.write("| environment | model | variant | runs | diverged | stuck | episodes | median (" + ci + ") | IQM ("
                    + ci + ") | mean (" + ci + ") | optimality gap (" + ci + ") |\n");
            w.write("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (CellSummary s : summaries) {
                int d = Claims.decimals(s.cell().environment());
                w.write("| " + s.cell().environment() + " | " + s.cell().model() + " | " + s.cell().variant() + " | "
                        + s.runs() + " | " + s.diverged() + " | " + s.stuck() + " | " + s.episodes());
                for (Measure m : Measure.values()) {
                    Estimate e = s.estimate(kind, m);
                    w.write(" | " + (e == null ? "–" : e.get(method).format(d)));
                }
                w.write(" |\n");
            }
            w.write("\n");
        }
        w.write("### Learning speed\n\n");
        w.write("Episodes needed (first episode index + 1) for the median-over-runs curve to reach 90 % / 95 % of its "
                + "rise from episode 0 to its plateau (the mean of the last 10 % of episodes); \"smoothed\": the median "
                + "smoothed by a centred ±" + PaperReference.SMOOTHING_HALF_WIDTH + "-episode moving average. "
                + "IQR: the 25th–75th percentiles of the final returns.\n\n");
        w.write("| environment | model | variant | IQR final | episodes to 90 % | episodes to 95 % "
                + "| episodes to 90 % (smoothed) |\n");
        w.write("|---|---|---|---|---|---|---|\n");
        for (CellSummary s : summaries) {
            int d = Claims.decimals(s.cell().environment());
            String f = "%." + d + "f";
            w.write("| " + s.cell().environment() + " | " + s.cell().model() + " | " + s.cell().variant() + " | "
                    + (Double.isNaN(s.p25Final()) ? "–" : String.format(Locale.ROOT, f + "–" + f, s.p25Final(),
                            s.p75Final())) + " | " + needed(s.rise90()) + " | " + needed(s.rise95()) + " | "
                    + needed(s.rise90Smoothed()) + " |\n");
        }
        w.write("\n");
    }

    private void writeAggregate(Writer w) throws IOException {
        IntervalMethod method = settings.method();
        String ci = ReportFigures.percent(settings.level()) + " CI";
        w.write("## Aggregate across environments\n\n");
        w.write("As rliable aggregates over tasks: each environment's scores are min–max normalized, x ↦ (x − min) / "
                + "(max − min), with the constants below (the ends of the paper's y-axes, kept in "
                + "`io.lrpg.report.PaperReference` beside the paper's other numbers), and the bootstrap resamples "
                + "runs within each environment (environments are strata; they are not resampled). The median and the "
                + "IQM pool the normalized runs of all environments; the mean and the optimality gap (γ = 1, the top "
                + "of the paper's axes) weigh every environment the same. Normalized scores outside [0, 1] are kept "
                + "as they are.\n\n");
        w.write("| environment | 0 = | 1 = | why |\n|---|---|---|---|\n");
        for (String e : List.of("pendulum", "acrobot", "goddard")) {
            var n = PaperReference.normalization(e).orElseThrow();
            w.write("| " + e + " | " + trim(n.min()) + " | " + trim(n.max()) + " | "
                    + PaperReference.normalizationReason(e) + " |\n");
        }
        w.write("\n");
        if (report.aggregates().isEmpty()) {
            w.write("No cell of a normalized environment has scores, so there is no aggregate.\n\n");
        }
        for (ScoreKind kind : ScoreKind.values()) {
            if (report.aggregates().isEmpty()) {
                break;
            }
            w.write("### Normalized " + kind.description(settings.lastEpisodes()) + "\n\n");
            w.write("| model | variant | environments (runs) | median (" + ci + ") | IQM (" + ci + ") | mean (" + ci
                    + ") | optimality gap (" + ci + ") |\n");
            w.write("|---|---|---|---|---|---|---|\n");
            for (AggregateSummary a : report.aggregates()) {
                List<String> envs = new ArrayList<>();
                for (int i = 0; i < a.environments().size(); i++) {
                    envs.add(a.environments().get(i) + " (" + a.runs().get(i) + ")");
                }
                w.write("| " + a.model() + " | " + a.variant() + " | " + String.join(", ", envs));
                for (Measure m : Measure.values()) {
                    Estimate e = a.measures().get(kind).get(m);
                    w.write(" | " + (e == null ? "–" : e.get(method).format(3)));
                }
                w.write(" |\n");
            }
            w.write("\n");
        }
        if (!report.improvements().isEmpty()) {
            w.write("### Probability of improvement\n\n");
            w.write("P(lowrank > nn): the probability that a random run of the low-rank model ends (final return) "
                    + "higher than a random run of the network, ties ½, a diverged run losing to every finite one; "
                    + "0.5 means no difference. Over several environments it is the mean of the per-environment "
                    + "probabilities (rliable's average probability of improvement); the bootstrap resamples each "
                    + "model's runs independently within each environment. Variant `paper` only.\n\n");
            w.write("| environments | P(lowrank > nn) (" + ci + ") |\n|---|---|\n");
            for (Map.Entry<String, Estimate> p : report.improvements().entrySet()) {
                w.write("| " + p.getKey().replace(PaperReport.ALL_ENVIRONMENTS, ", ") + " | "
                        + p.getValue().get(method).format(3) + " |\n");
            }
            w.write("\n");
        }
    }

    private void writeFailures(Writer w) throws IOException {
        w.write("## Failed runs\n\n");
        w.write("Diverged: the run stopped on a non-finite return. " + capitalize(StuckRule.DEFAULT.describe())
                + " (for example Goddard's 0 when the policy stops lifting off). A stuck run is a result and stays in "
                + "every statistic; a diverged one has no final score.\n\n");
        w.write("| environment | model | variant | runs | diverged | stuck |\n|---|---|---|---|---|---|\n");
        for (CellSummary s : summaries) {
            w.write("| " + s.cell().environment() + " | " + s.cell().model() + " | " + s.cell().variant() + " | "
                    + s.runs() + " | " + s.diverged() + " | " + s.stuck() + " |\n");
        }
        w.write("\n");
        List<String> rows = new ArrayList<>();
        for (CellSummary s : summaries) {
            for (CellSummary.Failure f : s.failures()) {
                rows.add("| " + s.cell().environment() + " | " + s.cell().model() + " | " + s.cell().variant() + " | "
                        + f.seed() + " | " + (f.health() == RunHealth.STUCK ? "stuck" : "diverged") + " | "
                        + f.since() + " | " + (f.health() == RunHealth.STUCK ? number(f.value()) : "–") + " |");
            }
        }
        if (rows.isEmpty()) {
            w.write("No run diverged or got stuck.\n\n");
        } else {
            w.write("| environment | model | variant | seed | failure | since episode | return since |\n");
            w.write("|---|---|---|---|---|---|---|\n");
            for (String r : rows) {
                w.write(r + "\n");
            }
            w.write("\n");
        }
    }

    /** The paper figure's read-off numbers beside the same measures on our median curves. */
    private void writeCheckpoints(Writer w) throws IOException {
        w.write("## The figure's numbers\n\n");
        w.write("Values read off the paper's figure (docs/paper.md §3.2, pixel readings) beside the same measure on the "
                + "median-over-runs curves of the variant `paper` here. Episodes count from 0.\n\n");
        w.write("| environment | measure | lowrank (paper) | lowrank (here) | nn (paper) | nn (here) |\n");
        w.write("|---|---|---|---|---|---|\n");
        for (FigureCheckpoint c : FigureCheckpoint.PAPER) {
            CellSummary lowrank = PaperReport.find(summaries, new Cell(c.environment(), PaperReference.LOWRANK,
                    PaperReference.PAPER_VARIANT));
            CellSummary nn = PaperReport.find(summaries, new Cell(c.environment(), PaperReference.NN,
                    PaperReference.PAPER_VARIANT));
            if (lowrank == null && nn == null) {
                continue;
            }
            w.write("| " + c.environment() + " | " + c.description() + " | " + c.paperLowrank() + " | "
                    + (lowrank == null ? "–" : c.format(lowrank.bands().median())) + " | " + c.paperNn() + " | "
                    + (nn == null ? "–" : c.format(nn.bands().median())) + " |\n");
        }
        w.write("\n");
    }

    private void writeFigures(Writer w) throws IOException {
        List<String> environments = results.environments();
        w.write("## Figures\n\n");
        w.write("Each figure is an SVG (real text, small enough to edit) and a PNG drawn from the same display list; "
                + "every figure also exists as one file per environment (`NAME-ENV.svg/.png`). Legends give each "
                + "curve's model, variant, number of runs and what its band is; footnotes give the failed runs.\n\n");
        if (paperFigure) {
            w.write("### The paper's figure\n\n");
            w.write("The paper's figure 1 redrawn from the variant `paper`: per model the median over runs of each "
                    + "episode's return and the 25th–75th percentile band, on the paper's y ranges; anything outside "
                    + "them is clipped and marked at the edge (triangles) with a footnote. As in the paper's plotting "
                    + "script, the Goddard band is widened by a running max/min over " + ReportFigures.GODDARD_BAND_WINDOW
                    + " episodes; the dashed line is the Goddard median smoothed over ±"
                    + PaperReference.SMOOTHING_HALF_WIDTH + " episodes, the curve its episode claims measure; the "
                    + "inset shows the first fifth of the episodes. Read it as the paper's figure: where a line is "
                    + "higher earlier, that model learns faster. Files: `" + ReportFigures.PAPER + ".svg/.png`, "
                    + files(ReportFigures.PAPER, environments) + ".\n\n");
            w.write("![The paper's figure, redrawn](" + ReportFigures.PAPER + ".png)\n\n");
        }
        w.write("### Learning curves\n\n");
        w.write("Every variant, with ranges taken from the data (nothing clipped): the median over runs and its "
                + "25th–75th percentile band per curve, x in " + (settings.xUnit() == XUnit.EPISODES ? "episodes"
                        : "environment steps (the median over runs of the steps taken up to each episode)")
                + " (`lrpg report --x episodes|steps`). The band shows how runs spread, not how certain the median is; "
                + "for that, see the sample-efficiency curves. Files: `" + ReportFigures.CURVES + ".svg/.png`, "
                + files(ReportFigures.CURVES, environments) + ".\n\n");
        w.write("![Learning curves](" + ReportFigures.CURVES + ".png)\n\n");
        if (!report.curves().isEmpty()) {
            w.write("### Sample-efficiency curves\n\n");
            List<String> decimated = new ArrayList<>();
            for (EfficiencyCurve c : report.curves()) {
                String text = c.cell().environment() + ": " + (c.smoothing() > 0 ? "each run smoothed over ±"
                        + c.smoothing() + " episodes" : "not smoothed") + (c.stride() > 1 ? ", evaluated at every "
                                + c.stride() + "th episode and the last" : ", every episode");
                if (!decimated.contains(text)) {
                    decimated.add(text);
                }
            }
            w.write("The interquartile mean over runs of each episode's return (each run first smoothed by a centred "
                    + "moving average where stated) with a pointwise " + ReportFigures.percent(settings.level())
                    + " bootstrap band over runs (" + settings.curveResamples() + " resamples of runs, the same at "
                    + "every episode): where two bands do not overlap, the models' typical runs differ at that "
                    + "point. Smoothing and decimation: " + String.join("; ", decimated) + ". Diverged runs are left "
                    + "out. Files: `" + ReportFigures.EFFICIENCY + ".svg/.png`, "
                    + files(ReportFigures.EFFICIENCY, report.curves().stream().map(c -> c.cell().environment())
                            .distinct().toList()) + "; data: `efficiency.csv`.\n\n");
            w.write("![Sample-efficiency curves](" + ReportFigures.EFFICIENCY + ".png)\n\n");
        }
        if (!report.profiles().isEmpty()) {
            w.write("### Performance profiles\n\n");
            w.write("For each threshold τ, the fraction of runs whose final return exceeds τ, with a pointwise "
                    + ReportFigures.percent(settings.level()) + " bootstrap band (" + settings.profileResamples()
                    + " resamples); the last panel aggregates the normalized final returns of all environments, "
                    + "each weighing the same. A curve that lies above another at every τ is better whatever "
                    + "threshold one cares about; crossing curves mean one model has more good runs and the other more "
                    + "bad ones. File: `" + ReportFigures.PROFILES + ".svg/.png`; data: `profiles.csv`.\n\n");
            w.write("![Performance profiles](" + ReportFigures.PROFILES + ".png)\n\n");
        }
    }

    private void writeRankStudy(Writer w) throws IOException {
        w.write("## Rank study\n\n");
        w.write("From `" + RankStudy.FILE + "` (`lrpg rank`): for trained models, the error of approximating the "
                + "learned policy mean and value function by a low-rank matrix (L·Rᵀ) or a CP decomposition of each "
                + "rank; per rank the median over runs with its 25th–75th percentile band, y on a log scale. Where a "
                + "line falls steeply and then flattens, that rank already captures the function.\n\n");
        for (String e : report.rankStudy().environments()) {
            w.write("![Rank study, " + e + "](" + RankStudy.figure(e) + ".png)\n\n");
        }
    }

    private void writeParameters(Writer w) throws IOException {
        w.write("## Parameters\n\n");
        w.write("Trainable parameters of each variant, from its run records: actor (policy mean) + critic, the "
                + "paper's legend count (σ excluded); σ adds the scalar log σ.\n\n");
        w.write("| environment | model | variant | actor | critic | actor + critic | σ |\n");
        w.write("|---|---|---|---|---|---|---|\n");
        for (Cell cell : results.cells().keySet()) {
            io.lrpg.results.ParameterCount c = results.parameterCount(cell);
            w.write("| " + cell.environment() + " | " + cell.model() + " | " + cell.variant() + " | " + c.actor()
                    + " | " + c.critic() + " | " + c.withoutStd() + " | " + c.std() + " |\n");
        }
        w.write("\nThe paper's figure legends give " + PaperReference.LOWRANK_LEGEND.get("pendulum") + " / "
                + PaperReference.LOWRANK_LEGEND.get("acrobot") + " / " + PaperReference.LOWRANK_LEGEND.get("goddard")
                + " low-rank against " + PaperReference.NN_LEGEND.get("pendulum") + " / "
                + PaperReference.NN_LEGEND.get("acrobot") + " / " + PaperReference.NN_LEGEND.get("goddard")
                + " network parameters (pendulum / acrobot / goddard; docs/paper.md §2.3).\n\n");
    }

    private void writeStatistics(Writer w) throws IOException {
        w.write("## Statistics\n\n");
        w.write("After Agarwal et al. (2021), *Deep reinforcement learning at the edge of the statistical precipice*, "
                + "and their library rliable; `io.lrpg.report.stats` is checked against numpy/scipy/rliable reference "
                + "values.\n\n");
        w.write(String.format(Locale.ROOT, "- Intervals: %s, level %s. Stratified bootstrap over runs: each resample "
                + "draws, within each stratum (a cell; an environment in the aggregates; each model within an "
                + "environment for P(lowrank > nn)), as many runs with replacement as it has. %,d resamples for the "
                + "per-cell and aggregate estimates and P(lowrank > nn), %,d for the performance profiles, %,d for the "
                + "sample-efficiency bands, %,d for the episodes ratios (each of which recomputes two median curves "
                + "over every episode). BCa: bias correction z₀ with ties counted ½, acceleration from a jackknife "
                + "across strata; where BCa is undefined (a stratum with one run, or every replicate on one side) the "
                + "percentile interval is used and `intervals.csv` says so. Seeds: %d, mixed with each estimate's "
                + "name, so estimates do not share resamples by accident and adding one changes no other.%n",
                methodName(settings.method()), ReportFigures.percent(settings.level()), settings.resamples(),
                settings.profileResamples(), settings.curveResamples(), settings.ratioResamples(), settings.seed()));
        w.write("- Percentiles: numpy's default linear interpolation (Hyndman–Fan type 7), as the paper's plotting "
                + "code. IQM: scipy's `trim_mean(x, 0.25)` (⌊n/4⌋ runs cut at each end). Optimality gap: γ − mean "
                + "of min(x, γ). Mann–Whitney (in the basis only): two-sided, normal approximation with tie "
                + "correction, no continuity correction.\n");
        w.write("- Scores: the final return (the last episode's) and the mean return of the last "
                + settings.lastEpisodes() + " episodes (`lrpg report --last N`).\n");
        List<String> strides = new ArrayList<>();
        for (EfficiencyCurve c : report.curves()) {
            if (c.stride() > 1) {
                String s = c.cell().environment() + ": every " + c.stride() + "th of "
                        + (c.iqm().episodes()[c.iqm().episodes().length - 1] + 1) + " episodes";
                if (!strides.contains(s)) {
                    strides.add(s);
                }
            }
        }
        w.write("- Cost: the sample-efficiency bands are evaluated at no more than " + settings.curvePoints()
                + " episodes per curve" + (strides.isEmpty() ? "" : " (" + String.join("; ", strides) + ")")
                + "; the learning curves, the claims and the episodes ratios use every episode. The figures draw per "
                + "pixel column the first, last, lowest and highest point, so no extreme is lost.\n\n");
    }

    private void writeFiles(Writer w) throws IOException {
        w.write("## Data files\n\n");
        w.write("Plain long CSVs that pandas (`pd.read_csv`) and rliable read without conversion:\n\n");
        if (settings.episodesExport() == ReportSettings.EpisodesExport.WRITE) {
            w.write("- `" + Exports.EPISODES + "`: every episode of every run, the run store's own format (`"
                    + io.lrpg.results.EpisodesCsv.HEADER + "`).\n");
        } else {
            w.write("- `" + Exports.EPISODES + "` (every episode of every run) was left out of this folder "
                    + "(`--episodes-csv skip`); `lrpg report` on the same inputs writes it, and the run store's "
                    + "`runs/**/seed-*.csv` hold the same rows.\n");
        }
        w.write("- `" + Exports.FINAL_SCORES + "`: one row per run (`" + Exports.FINAL_SCORES_HEADER + "`); for "
                + "rliable, `df[df.model == \"lowrank\"].pivot(index=\"seed\", columns=\"environment\", "
                + "values=\"final_return\").to_numpy()` is a (runs × tasks) score matrix.\n");
        w.write("- `" + Exports.INTERVALS + "`: every interval estimate, both methods (`" + Exports.INTERVALS_HEADER
                + "`).\n");
        w.write("- `" + Exports.PROFILES + "`, `" + Exports.EFFICIENCY + "`: the figures' data; "
                + (settings.curvesExport() == ReportSettings.EpisodesExport.WRITE
                        ? "`curves.csv`: the per-episode median and quartiles of every cell; "
                        : "`curves.csv` (the per-episode median and quartiles of every cell) was left out of this folder "
                                + "(`--curves-csv skip`), `lrpg report` on the same inputs writes it; ")
                + "`summary.csv`, `claims.csv`, `parameters.csv`: the tables.\n\n");
    }

    private void writeProvenance(Writer w) throws IOException {
        w.write("## Provenance\n\n");
        w.write("Input folders:\n\n");
        for (Path p : results.inputs()) {
            w.write("- `" + p + "`\n");
        }
        w.write("\n" + results.files() + " run record(s), " + results.runCount() + " run(s).\n\n");
        w.write("| environment | model | variant | runs | seeds |\n|---|---|---|---|---|\n");
        for (Map.Entry<Cell, List<RunCurve>> cell : results.cells().entrySet()) {
            w.write("| " + cell.getKey().environment() + " | " + cell.getKey().model() + " | " + cell.getKey().variant()
                    + " | " + cell.getValue().size() + " | " + seeds(cell.getValue()) + " |\n");
        }
        w.write("\n");
        if (results.invocations().isEmpty()) {
            w.write("No invocation log was found beside the results, so the commands, wall times and peak memory are "
                    + "unknown (each run record still names its code version, JVM and machine).\n");
            return;
        }
        // runs written by each command and when its last one was written, from the run records themselves: a command
        // that was killed (SIGKILL, a crash, the machine) never recorded its end, so its own counters say nothing
        Map<String, Long> written = new HashMap<>();
        Map<String, Instant> lastWritten = new HashMap<>();
        for (List<RunCurve> runs : results.cells().values()) {
            for (RunCurve run : runs) {
                String by = run.record().invocation();
                if (by != null) {
                    written.merge(by, 1L, Long::sum);
                    Instant finished = ResultsReader.instant(run.record().finishedAt());
                    if (finished != null) {
                        lastWritten.merge(by, finished, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        }
        w.write("The commands that trained the runs (from `invocations/`; *runs written*: the run records that name the "
                + "command; *no end recorded*: the command was still running, or was killed or crashed, when its log "
                + "was last written, so its wall time is unknown and the time its last run was written is given "
                + "instead):\n\n");
        w.write("| command | started | outcome | shard | runs written | git commit | JVM | host | CPUs | wall time (s) "
                + "| peak RSS (MiB) |\n");
        w.write("|---|---|---|---|---|---|---|---|---|---|---|\n");
        double total = 0;
        int unended = 0;
        for (io.lrpg.results.Invocation m : results.invocations()) {
            io.lrpg.results.Provenance p = m.provenance();
            String commit = p == null ? "–"
                    : p.gitCommit() + (Boolean.TRUE.equals(p.gitDirty()) ? " (uncommitted changes)" : "");
            boolean ended = m.finishedAt() != null && !"running".equals(m.outcome());
            String wall;
            if (ended) {
                total += m.wallSeconds();
                wall = String.format(Locale.ROOT, "%.1f", m.wallSeconds());
            } else {
                unended++;
                Instant last = lastWritten.get(m.name());
                wall = last == null ? "unknown" : "unknown (last run written " + last + ")";
            }
            w.write("| " + cellText(orDash(m.command())) + " | " + orDash(m.startedAt()) + " | "
                    + (ended ? m.outcome() : "no end recorded") + " | " + m.shard() + " | "
                    + written.getOrDefault(m.name(), 0L) + " | " + commit + " | "
                    + cellText(p == null ? "–" : p.java()) + " | " + cellText(p == null ? "–" : p.host()) + " | "
                    + (p == null ? "–" : p.processors()) + " | " + wall + " | "
                    + (ended && m.peakResidentMiB() != null ? m.peakResidentMiB() : "–") + " |\n");
        }
        w.write("\n");
        w.write(String.format(Locale.ROOT, "Wall time summed over the commands that recorded their end: %.1f s", total)
                + (unended == 0 ? ".\n\n" : "; " + unended + " command(s) recorded no end, so the training took longer "
                        + "than this.\n\n"));
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (io.lrpg.results.Invocation m : results.invocations()) {
            io.lrpg.results.Provenance p = m.provenance();
            if (p == null) {
                continue;
            }
            String line = "JVM arguments `" + String.join(" ", p.jvmArguments()) + "`; libraries "
                    + (p.libraries().isEmpty() ? "–" : p.libraries().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue())
                            .collect(java.util.stream.Collectors.joining(", ")));
            if (seen.add(line)) {
                w.write("- " + line + ".\n");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // helpers

    /** A short description of a cell's seeds: a contiguous range or the list. */
    static String seeds(List<RunCurve> runs) {
        long[] s = runs.stream().mapToLong(RunCurve::seed).sorted().toArray();
        boolean contiguous = true;
        for (int i = 1; i < s.length; i++) {
            contiguous &= s[i] == s[i - 1] + 1;
        }
        if (contiguous && s.length > 2) {
            return s[0] + "–" + s[s.length - 1];
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length && i < 20; i++) {
            b.append(i == 0 ? "" : ", ").append(s[i]);
        }
        if (s.length > 20) {
            b.append(", … (").append(s.length).append(" seeds)");
        }
        return b.toString();
    }

    private static String files(String base, List<String> environments) {
        List<String> names = new ArrayList<>();
        for (String e : environments) {
            names.add("`" + base + "-" + e + ".svg/.png`");
        }
        return String.join(", ", names);
    }

    private String gammas() {
        List<String> parts = new ArrayList<>();
        for (String e : List.of("pendulum", "acrobot", "goddard")) {
            PaperReference.normalization(e).ifPresent(n -> parts.add(e + " " + trim(n.max())));
        }
        return String.join(", ", parts);
    }

    static String methodName(IntervalMethod method) {
        return method == IntervalMethod.BCA ? "BCa (bias-corrected and accelerated)" : "percentile";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String needed(OptionalInt episode) {
        return episode.isPresent() ? Integer.toString(episode.getAsInt() + 1) : "never";
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    static String cellText(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Exports.number(v);
    }
}
