package io.lrpg.report;

import io.lrpg.results.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The reproduction report, computed from raw result files alone: per-cell statistics, the claims table, the figure
 * and provenance. {@link #generate} is the one-call entry point; {@link #analyse} and {@link #write} split it.
 *
 * <p>Files written into the output folder: {@code report.md}, {@code claims.md}, {@code claims.csv},
 * {@code summary.csv}, {@code curves.csv}, {@code parameters.csv} and the figure files of
 * {@link LearningCurveFigure}.
 */
public final class PaperReport {

    private final ResultSet results;
    private final ReportSettings settings;
    private final List<CellSummary> summaries;
    private final List<Claim> claims;
    private final List<String> caveats;

    private PaperReport(ResultSet results, ReportSettings settings, List<CellSummary> summaries, List<Claim> claims,
            List<String> caveats) {
        this.results = results;
        this.settings = settings;
        this.summaries = List.copyOf(summaries);
        this.claims = List.copyOf(claims);
        this.caveats = List.copyOf(caveats);
    }

    /**
     * Reads the result folders, computes the report and writes it into {@code out}, replacing an earlier report there
     * as a whole ({@link ReportFolder}). Files under {@code out} are not read as results, so {@code out} may lie
     * inside an input folder; a folder that holds anything but an earlier report is refused.
     *
     * @return the files written
     * @throws ResultsFormatException if the inputs are missing, empty or malformed
     */
    public static List<Path> generate(List<Path> inputs, Path out, ReportSettings settings) {
        ReportFolder.check(out);
        PaperReport report = analyse(ResultsReader.read(inputs, List.of(out)), settings);
        return ReportFolder.replace(out, report::write);
    }

    /** Computes every statistic and claim of a result set. */
    public static PaperReport analyse(ResultSet results, ReportSettings settings) {
        List<CellSummary> summaries = new ArrayList<>();
        for (Map.Entry<Cell, List<RunCurve>> cell : results.cells().entrySet()) {
            summaries.add(CellSummary.of(cell.getKey(), cell.getValue(), settings));
        }
        List<Claim> claims = new ArrayList<>(Claims.parameterClaims(parameterCounts(results)));
        List<String> caveats = new ArrayList<>();
        for (String environment : results.environments()) {
            if (!PaperReference.isPaperEnvironment(environment)) {
                caveats.add(environment + ": not an environment of the paper; no claim applies to it.");
                continue;
            }
            CellSummary lowrank = find(summaries, new Cell(environment, PaperReference.LOWRANK,
                    PaperReference.PAPER_VARIANT));
            CellSummary nn = find(summaries, new Cell(environment, PaperReference.NN, PaperReference.PAPER_VARIANT));
            if (lowrank == null || nn == null) {
                caveats.add(environment + ": the paper's variant of "
                        + (lowrank == null && nn == null ? "neither model" : "only " + (lowrank == null ? "nn" : "lowrank"))
                        + " is present, so the lowrank-vs-nn claims are not checked for it.");
            } else {
                claims.add(Claims.finalReturnClaim(environment, lowrank, nn));
                claims.addAll(Claims.episodesClaims(environment, results.paperRuns(environment, PaperReference.LOWRANK),
                        results.paperRuns(environment, PaperReference.NN), settings));
            }
            for (Cell cell : results.cells(environment)) {
                if (!cell.isPaper() && cell.model().equals(PaperReference.LOWRANK)
                        || !cell.isPaper() && cell.model().equals(PaperReference.NN)) {
                    claims.add(Claims.notComparable(cell, results.record(cell).differencesFromPaper()));
                }
            }
        }
        for (String environment : List.of("pendulum", "acrobot", "goddard")) {
            if (!results.environments().contains(environment)) {
                caveats.add(environment + ": no results.");
            }
        }
        for (CellSummary s : summaries) {
            var record = results.record(s.cell());
            if (record.paperEnvironment() && !record.differencesFromPaper().isEmpty()) {
                caveats.add(s.cell() + ": settings differ from the paper's in " + record.differencesFromPaper().stream()
                        .map(io.lrpg.results.SettingDifference::describe).collect(java.util.stream.Collectors.joining("; "))
                        + ".");
            }
            if (s.runs() < PaperReference.PAPER_RUNS) {
                caveats.add(s.cell() + ": " + s.runs() + " runs; the paper uses " + PaperReference.PAPER_RUNS + ".");
            }
            if (s.diverged() > 0) {
                caveats.add(s.cell() + ": " + s.diverged() + " run(s) diverged; they are left out of the "
                        + "final-return statistics and contribute to the curves only before they stopped.");
            }
        }
        return new PaperReport(results, settings, summaries, claims, caveats);
    }

    /**
     * The parameter counts behind the ratio claims, per paper environment: the paper's legend counts, and the true
     * counts of the paper variant's runs where both models' runs are present (σ excluded, as the legends).
     */
    static List<ParameterCounts> parameterCounts(ResultSet results) {
        List<ParameterCounts> counts = new ArrayList<>();
        for (String environment : List.of("pendulum", "acrobot", "goddard")) {
            List<RunCurve> lowrank = results.paperRuns(environment, PaperReference.LOWRANK);
            List<RunCurve> nn = results.paperRuns(environment, PaperReference.NN);
            long lowrankTrue = lowrank.isEmpty() ? 0 : lowrank.get(0).record().parameterCount().withoutStd();
            long nnTrue = nn.isEmpty() ? 0 : nn.get(0).record().parameterCount().withoutStd();
            counts.add(new ParameterCounts(environment, lowrankTrue, PaperReference.LOWRANK_LEGEND.get(environment),
                    PaperReference.NN_LEGEND.get(environment), nnTrue));
        }
        return counts;
    }

    private static CellSummary find(List<CellSummary> summaries, Cell cell) {
        return summaries.stream().filter(s -> s.cell().equals(cell)).findFirst().orElse(null);
    }

    /** Per-cell statistics, in paper order. */
    public List<CellSummary> summaries() {
        return summaries;
    }

    /** The claims table rows. */
    public List<Claim> claims() {
        return claims;
    }

    /** Ways the inputs differ from the paper's protocol (empty if they match it). */
    public List<String> caveats() {
        return caveats;
    }

    /** Writes every file into {@code folder} and returns them. */
    public List<Path> write(Path folder) {
        List<Path> written = new ArrayList<>();
        Map<String, List<LearningCurveFigure.Series>> panels = new LinkedHashMap<>();
        for (CellSummary s : summaries) {
            panels.computeIfAbsent(s.cell().environment(), e -> new ArrayList<>())
                    .add(new LearningCurveFigure.Series(s.cell(), s.runs(), s.bands()));
        }
        written.addAll(LearningCurveFigure.write(folder, panels, results.isPaperProtocol()));
        written.add(writeText(folder.resolve("claims.csv"), this::writeClaimsCsv));
        written.add(writeText(folder.resolve("claims.md"), this::writeClaimsMarkdown));
        written.add(writeText(folder.resolve("summary.csv"), this::writeSummaryCsv));
        written.add(writeText(folder.resolve("parameters.csv"), this::writeParametersCsv));
        written.add(writeText(folder.resolve("curves.csv"), this::writeCurvesCsv));
        written.add(writeText(folder.resolve("report.md"), w -> writeReport(w, panels.keySet())));
        return written;
    }

    private static Path writeText(Path file, AtomicFiles.Body body) {
        AtomicFiles.write(file, body);
        return file;
    }

    private void writeClaimsCsv(Writer w) throws IOException {
        w.write("claim,environment,paper,measured,lower,upper,verdict,basis\n");
        for (Claim c : claims) {
            w.write(csv(c.claim(), c.environment(), c.paper(), c.measured(), number(c.lower()), number(c.upper()),
                    c.verdict().label(), c.basis()));
        }
    }

    private void writeClaimsMarkdown(Writer w) throws IOException {
        w.write("| claim | environment | paper | measured (95 % CI) | verdict | basis |\n");
        w.write("|---|---|---|---|---|---|\n");
        for (Claim c : claims) {
            w.write("| " + cellText(c.claim()) + " | " + c.environment() + " | " + cellText(c.paper()) + " | "
                    + cellText(c.measured()) + " | **" + c.verdict().label() + "** | " + cellText(c.basis()) + " |\n");
        }
    }

    private void writeSummaryCsv(Writer w) throws IOException {
        w.write("environment,model,variant,runs,diverged,episodes,median_final,median_final_lower,median_final_upper,"
                + "p25_final,p75_final,iqm_final,episodes_to_90pct_rise,episodes_to_95pct_rise,"
                + "episodes_to_90pct_rise_smoothed50\n");
        for (CellSummary s : summaries) {
            Interval m = s.medianFinal();
            w.write(csv(s.cell().environment(), s.cell().model(), s.cell().variant(), Integer.toString(s.runs()),
                    Integer.toString(s.diverged()), Integer.toString(s.episodes()),
                    number(m == null ? Double.NaN : m.estimate()), number(m == null ? Double.NaN : m.lower()),
                    number(m == null ? Double.NaN : m.upper()), number(s.p25Final()), number(s.p75Final()),
                    number(s.iqmFinal()), needed(s.rise90()), needed(s.rise95()), needed(s.rise90Smoothed())));
        }
    }

    private void writeParametersCsv(Writer w) throws IOException {
        w.write("environment,model,variant,actor,critic,std,without_std,total\n");
        for (Cell cell : results.cells().keySet()) {
            io.lrpg.results.ParameterCount c = results.parameterCount(cell);
            w.write(csv(cell.environment(), cell.model(), cell.variant(), Long.toString(c.actor()),
                    Long.toString(c.critic()), Long.toString(c.std()), Long.toString(c.withoutStd()),
                    Long.toString(c.total())));
        }
    }

    private void writeCurvesCsv(Writer w) throws IOException {
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

    private void writeReport(Writer w, Iterable<String> environments) throws IOException {
        w.write("# LRPG reproduction report\n\n");
        w.write("Rebuilt by `lrpg report` from the raw result files alone. Paper: Rozada & Marques, \"Matrix Low-Rank "
                + "Approximation for Policy Gradient Methods\", ICASSP 2023.\n\n");
        if (caveats.isEmpty()) {
            w.write("The inputs follow the paper's protocol: " + PaperReference.PAPER_RUNS
                    + " runs per model and the paper's episodes per run in every environment.\n\n");
        } else {
            w.write("**The inputs differ from the paper's protocol; read the numbers below with that in mind:**\n\n");
            for (String c : caveats) {
                w.write("- " + c + "\n");
            }
            w.write("\n");
        }
        w.write("## Claims\n\n");
        writeClaimsMarkdown(w);
        w.write("\nVerdict rules:\n\n");
        w.write("- *Parameter ratio*: reproduced if the ratio rounds to 4–6 % (3.5 % ≤ ratio < 6.5 %), otherwise not "
                + "reproduced. The legend counts are the paper's figure-legend numbers; the true counts come from "
                + "the model shapes.\n");
        w.write("- *Final return similar or better*: reproduced if P(lowrank > nn) ≥ 0.5 or the two-sided "
                + "Mann–Whitney p ≥ 0.05; partly if nn is significantly better but the medians differ by at most 5 % "
                + "of the nn median; not reproduced otherwise.\n");
        w.write("- *Fewer episodes*: ratio = (nn episodes needed) / (lowrank episodes needed), where episodes needed = "
                + "first episode index + 1 at which the median-over-runs curve gets there. Reproduced if the "
                + "bootstrap interval contains the paper's ratio or the estimate is within ±25 % of it; partly if the "
                + "estimate and the interval's lower end both exceed 1; not reproduced otherwise (also if a median "
                + "never gets there).\n");
        w.write("- *Not checked*: the final-return and episodes claims of an environment whose runs are shorter than "
                + "the paper's; they cannot test a statement about the end of the paper's training.\n\n");

        w.write("## Per-environment summary\n\n");
        w.write("Final = return of the last episode; statistics over runs that did not diverge. Episodes needed to "
                + "reach 90 % / 95 % of the median curve's rise from episode 0 to its plateau (mean of the last 10 % "
                + "of episodes); \"smoothed\" uses the median smoothed by a centred ±"
                + PaperReference.SMOOTHING_HALF_WIDTH + "-episode moving average.\n\n");
        w.write("| environment | model | variant | runs | diverged | episodes | median final (95 % CI) | IQR final | IQM final "
                + "| episodes to 90 % | episodes to 95 % | episodes to 90 % (smoothed) |\n");
        w.write("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CellSummary s : summaries) {
            int d = Claims.decimals(s.cell().environment());
            String f = "%." + d + "f";
            w.write("| " + s.cell().environment() + " | " + s.cell().model() + " | " + s.cell().variant() + " | "
                    + s.runs() + " | " + s.diverged()
                    + " | " + s.episodes() + " | " + (s.medianFinal() == null ? "–" : s.medianFinal().format(d))
                    + " | " + String.format(Locale.ROOT, f + "–" + f, s.p25Final(), s.p75Final()) + " | "
                    + String.format(Locale.ROOT, f, s.iqmFinal()) + " | " + needed(s.rise90()) + " | "
                    + needed(s.rise95()) + " | " + needed(s.rise90Smoothed()) + " |\n");
        }
        writeCheckpoints(w);
        w.write("\n## Figure\n\n");
        w.write("Median return across runs (line) and 25th–75th percentile band, lowrank green, nn red, on the paper's "
                + "y-ranges; as in the paper, the goddard band is drawn widened by a running max/min over "
                + LearningCurveFigure.GODDARD_BAND_WINDOW + " episodes. Combined: `figure.png`, `figure.svg`; panels: ");
        List<String> names = new ArrayList<>();
        for (String e : environments) {
            names.add("`figure-" + e + ".png/.svg`");
        }
        w.write(String.join(", ", names) + ".\n\n");
        w.write("![Learning curves](figure.png)\n\n");

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
                + " network parameters (pendulum / acrobot / goddard; docs/paper.md §3).\n");

        w.write("\n## Statistics\n\n");
        w.write("- Percentiles: numpy's default linear interpolation (Hyndman–Fan type 7), as the paper's plotting "
                + "code.\n");
        w.write(String.format(Locale.ROOT, "- Median-final interval: percentile bootstrap, %,d resamples; episodes-ratio "
                + "interval: percentile bootstrap over runs (resampled within each model), %,d resamples; "
                + "level %.0f %%; seed %d.%n", settings.medianResamples(), settings.ratioResamples(),
                100 * settings.level(), settings.seed()));
        w.write("- IQM: mean after trimming ⌊n/4⌋ runs at each end (scipy `trim_mean(x, 0.25)`). Mann–Whitney: "
                + "two-sided, normal approximation with tie correction, no continuity correction (as scipy's "
                + "`mannwhitneyu(..., use_continuity=False, method=\"asymptotic\")`). P(lowrank > nn) counts ties as ½.\n\n");

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
        } else {
            w.write("The commands that trained the runs (from `invocations/`):\n\n");
            w.write("| command | started | outcome | shard | runs trained | git commit | JVM | host | CPUs | wall time (s) "
                    + "| peak RSS (MiB) |\n");
            w.write("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (io.lrpg.results.Invocation m : results.invocations()) {
                io.lrpg.results.Provenance p = m.provenance();
                String commit = p == null ? "–"
                        : p.gitCommit() + (Boolean.TRUE.equals(p.gitDirty()) ? " (uncommitted changes)" : "");
                w.write("| " + cellText(orDash(m.command())) + " | " + orDash(m.startedAt()) + " | " + m.outcome()
                        + " | " + m.shard() + " | " + m.runsTrained() + " | " + commit + " | "
                        + cellText(p == null ? "–" : p.java()) + " | " + cellText(p == null ? "–" : p.host()) + " | "
                        + (p == null ? "–" : p.processors()) + " | "
                        + String.format(Locale.ROOT, "%.1f", m.wallSeconds()) + " | "
                        + (m.peakResidentMiB() == null ? "–" : m.peakResidentMiB()) + " |\n");
            }
            w.write("\n");
            double total = results.invocations().stream().mapToDouble(io.lrpg.results.Invocation::wallSeconds).sum();
            w.write(String.format(Locale.ROOT, "Wall time summed over the commands: %.1f s.%n%n", total));
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
    }

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

    /** The paper figure's read-off numbers beside the same measures on our median curves. */
    private void writeCheckpoints(Writer w) throws IOException {
        w.write("\n## The figure's numbers\n\n");
        w.write("Values read off the paper's figure (digest §3.2, pixel readings) beside the same measure on the "
                + "median-over-runs curves here. Episodes count from 0.\n\n");
        w.write("| environment | measure | lowrank (paper) | lowrank (here) | nn (paper) | nn (here) |\n");
        w.write("|---|---|---|---|---|---|\n");
        for (FigureCheckpoint c : FigureCheckpoint.PAPER) {
            CellSummary lowrank = find(summaries, new Cell(c.environment(), PaperReference.LOWRANK,
                    PaperReference.PAPER_VARIANT));
            CellSummary nn = find(summaries, new Cell(c.environment(), PaperReference.NN, PaperReference.PAPER_VARIANT));
            if (lowrank == null && nn == null) {
                continue;
            }
            w.write("| " + c.environment() + " | " + c.description() + " | " + c.paperLowrank() + " | "
                    + (lowrank == null ? "–" : c.format(lowrank.bands().median())) + " | " + c.paperNn() + " | "
                    + (nn == null ? "–" : c.format(nn.bands().median())) + " |\n");
        }
    }

    private static String needed(OptionalInt episode) {
        return episode.isPresent() ? Integer.toString(episode.getAsInt() + 1) : "never";
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    private static String cellText(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String csv(String... fields) {
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
