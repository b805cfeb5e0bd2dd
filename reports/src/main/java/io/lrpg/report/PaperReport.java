package io.lrpg.report;

import io.lrpg.report.stats.ProbabilityOfImprovement;
import io.lrpg.report.stats.Sample;
import io.lrpg.results.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reproduction report, computed from raw result files alone: per-cell statistics with interval estimates, the
 * aggregate across environments, the claims table, the figures, the exports and provenance. {@link #generate} is the
 * one-call entry point; {@link #analyse} and {@link #write} split it.
 *
 * <p>Files written into the output folder: {@code report.md}, {@code claims.md}, {@code claims.csv},
 * {@code summary.csv}, {@code curves.csv}, {@code parameters.csv}, the exports of {@link Exports}, the figures of
 * {@link ReportFigures}, and, when the inputs hold them, the sweep heatmaps ({@link SweepReport}) and the rank-study
 * figures ({@link RankStudy}).
 */
public final class PaperReport {

    /** The key of the aggregate P(lowrank &gt; nn) in {@link #improvements()}. */
    static final String ALL_ENVIRONMENTS = "+";

    private final ResultSet results;
    private final ReportSettings settings;
    private final List<CellSummary> summaries;
    private final List<Claim> claims;
    private final List<String> caveats;
    private final Map<String, Estimate> improvements;
    private final List<AggregateSummary> aggregates;
    private final List<ProfileSet> profiles;
    private final ProfileSet aggregateProfile;
    private final List<EfficiencyCurve> curves;
    private final SweepReport sweeps;
    private final RankStudy rankStudy;

    private PaperReport(ResultSet results, ReportSettings settings, List<CellSummary> summaries, List<Claim> claims,
            List<String> caveats, Map<String, Estimate> improvements, List<AggregateSummary> aggregates,
            List<ProfileSet> profiles, ProfileSet aggregateProfile, List<EfficiencyCurve> curves, SweepReport sweeps,
            RankStudy rankStudy) {
        this.results = results;
        this.settings = settings;
        this.summaries = List.copyOf(summaries);
        this.claims = List.copyOf(claims);
        this.caveats = List.copyOf(caveats);
        this.improvements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(improvements));
        this.aggregates = List.copyOf(aggregates);
        this.profiles = List.copyOf(profiles);
        this.aggregateProfile = aggregateProfile;
        this.curves = List.copyOf(curves);
        this.sweeps = Objects.requireNonNull(sweeps);
        this.rankStudy = Objects.requireNonNull(rankStudy);
    }

    /**
     * A report and the files it was written to.
     *
     * @param report  the report
     * @param written the files, at their final paths
     */
    public record Written(PaperReport report, List<Path> written) {
    }

    /**
     * Reads the result folders, computes the report and writes it into {@code out}, replacing an earlier report there
     * as a whole ({@link ReportFolder}). Files under {@code out} are not read as results, so {@code out} may lie
     * inside an input folder; a folder that holds anything but an earlier report is refused.
     *
     * @return the files written
     * @throws io.lrpg.results.ResultsFormatException if the inputs are missing, empty or malformed
     */
    public static List<Path> generate(List<Path> inputs, Path out, ReportSettings settings) {
        return build(inputs, out, settings).written();
    }

    /** {@link #generate}, returning the report too (for its claims). */
    public static Written build(List<Path> inputs, Path out, ReportSettings settings) {
        ReportFolder.check(out);
        PaperReport report = analyse(ResultsReader.read(inputs, List.of(out)), settings);
        return new Written(report, ReportFolder.replace(out, report::write));
    }

    /** Computes every statistic and claim of a result set. */
    public static PaperReport analyse(ResultSet results, ReportSettings settings) {
        List<Map.Entry<Cell, List<RunCurve>>> cells = new ArrayList<>(results.cells().entrySet());
        List<CellSummary> summaries = cells.parallelStream()
                .map(cell -> CellSummary.of(cell.getKey(), cell.getValue(), settings)).toList();
        List<Claim> claims = new ArrayList<>(Claims.parameterClaims(parameterCounts(results)));
        List<String> caveats = new ArrayList<>();
        Map<String, Estimate> improvements = new LinkedHashMap<>();
        List<double[]> lowrankPaper = new ArrayList<>();
        List<double[]> nnPaper = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        for (String environment : results.environments()) {
            if (!PaperReference.isPaperEnvironment(environment)) {
                caveats.add(environment + ": not an environment of the paper; no claim applies to it.");
                continue;
            }
            Cell lowrankCell = new Cell(environment, PaperReference.LOWRANK, PaperReference.PAPER_VARIANT);
            Cell nnCell = new Cell(environment, PaperReference.NN, PaperReference.PAPER_VARIANT);
            CellSummary lowrank = find(summaries, lowrankCell);
            CellSummary nn = find(summaries, nnCell);
            if (lowrank == null || nn == null) {
                caveats.add(environment + ": the paper's variant of "
                        + (lowrank == null && nn == null ? "neither model" : "only " + (lowrank == null ? "nn" : "lowrank"))
                        + " is present, so the lowrank-vs-nn claims are not checked for it.");
            } else {
                List<RunCurve> lr = results.runs(lowrankCell);
                List<RunCurve> n = results.runs(nnCell);
                Estimate p = Claims.probabilityOfImprovement(lr, n, settings, environment);
                improvements.put(environment, p);
                claims.add(Claims.finalReturnClaim(environment, p.get(settings.method()), settings.method(), lowrank,
                        nn));
                claims.addAll(Claims.episodesClaims(environment, lr, n, lowrank, nn, settings));
                double[][] xy = Claims.finalsWithDivergedLast(lr, n);
                lowrankPaper.add(xy[0]);
                nnPaper.add(xy[1]);
                compared.add(environment);
            }
            for (Cell cell : results.cells(environment)) {
                if (!cell.isPaper() && (cell.model().equals(PaperReference.LOWRANK)
                        || cell.model().equals(PaperReference.NN))) {
                    claims.add(Claims.notComparable(cell, results.record(cell).differencesFromPaper()));
                }
            }
        }
        if (compared.size() > 1) {
            improvements.put(String.join(ALL_ENVIRONMENTS, compared), Bootstraps.estimates(
                    Sample.pair(lowrankPaper.toArray(double[][]::new), nnPaper.toArray(double[][]::new)),
                    List.of(ProbabilityOfImprovement.STATISTIC), settings.resamples(), settings,
                    Bootstraps.seed(settings, "P(lowrank > nn)", "aggregate")).get(0));
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
                        + "score statistics, count as the worst runs in P(lowrank > nn) and the profiles, and "
                        + "contribute to the median curves only before they stopped.");
            }
        }
        List<AggregateSummary> aggregates = AggregateSummary.of(summaries, settings);
        List<ProfileSet> profiles = environmentProfiles(results, summaries, settings);
        ProfileSet aggregateProfile = aggregateProfile(results, aggregates, settings);
        List<EfficiencyCurve> curves = cells.parallelStream()
                .map(cell -> EfficiencyCurve.of(cell.getKey(), cell.getValue(), settings)).filter(Objects::nonNull)
                .toList();
        SweepReport sweeps = SweepReport.of(results.inputs(), results, summaries);
        RankStudy rank = RankStudy.read(results.inputs());
        return new PaperReport(results, settings, summaries, claims, caveats, improvements, aggregates, profiles,
                aggregateProfile, curves, sweeps, rank);
    }

    /** Per environment, the profiles of every cell's final returns (NaN for a diverged run: it never exceeds τ). */
    private static List<ProfileSet> environmentProfiles(ResultSet results, List<CellSummary> summaries,
            ReportSettings settings) {
        List<ProfileSet> out = new ArrayList<>();
        for (String environment : results.environments()) {
            List<String[]> keys = new ArrayList<>();
            List<double[][]> scores = new ArrayList<>();
            for (Cell cell : results.cells(environment)) {
                CellSummary s = find(summaries, cell);
                if (s.finalReturns().length == 0) {
                    continue;
                }
                keys.add(new String[] {cell.model(), cell.variant()});
                scores.add(new double[][] {results.runs(cell).stream()
                        .mapToDouble(r -> ScoreKind.FINAL.score(r.returns(), settings.lastEpisodes())).toArray()});
            }
            if (!keys.isEmpty()) {
                out.add(ProfileSet.of(PaperReference.title(environment), "Final return threshold τ", keys, scores,
                        settings, "profile " + environment));
            }
        }
        return out;
    }

    /** The profiles of the normalized final returns of each aggregate (null if there is none). */
    private static ProfileSet aggregateProfile(ResultSet results, List<AggregateSummary> aggregates,
            ReportSettings settings) {
        if (aggregates.isEmpty()) {
            return null;
        }
        List<String[]> keys = new ArrayList<>();
        List<double[][]> scores = new ArrayList<>();
        for (AggregateSummary a : aggregates) {
            keys.add(new String[] {a.model(), a.variant()});
            double[][] tasks = new double[a.environments().size()][];
            for (int m = 0; m < tasks.length; m++) {
                String environment = a.environments().get(m);
                var normalization = PaperReference.normalization(environment).orElseThrow();
                tasks[m] = results.runs(new Cell(environment, a.model(), a.variant())).stream()
                        .mapToDouble(r -> normalization.apply(ScoreKind.FINAL.score(r.returns(),
                                settings.lastEpisodes()))).toArray();
            }
            scores.add(tasks);
        }
        return ProfileSet.of("All environments (normalized)", "Normalized final return threshold τ", keys, scores,
                settings, "profile aggregate");
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

    static CellSummary find(List<CellSummary> summaries, Cell cell) {
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

    /** The claims that fail {@code lrpg report --check} ({@link Claim#failsCheck()}), in table order. */
    public List<Claim> failingClaims() {
        return claims.stream().filter(Claim::failsCheck).toList();
    }

    /** Ways the inputs differ from the paper's protocol (empty if they match it). */
    public List<String> caveats() {
        return caveats;
    }

    /** The aggregates across environments. */
    public List<AggregateSummary> aggregates() {
        return aggregates;
    }

    /** P(lowrank &gt; nn) per environment, and over the environments joined by "+" if more than one. */
    public Map<String, Estimate> improvements() {
        return improvements;
    }

    ResultSet results() {
        return results;
    }

    ReportSettings settings() {
        return settings;
    }

    List<ProfileSet> profiles() {
        return profiles;
    }

    ProfileSet aggregateProfile() {
        return aggregateProfile;
    }

    List<EfficiencyCurve> curves() {
        return curves;
    }

    SweepReport sweeps() {
        return sweeps;
    }

    RankStudy rankStudy() {
        return rankStudy;
    }

    /** Writes every file into {@code folder} and returns them. */
    public List<Path> write(Path folder) {
        List<Path> written = new ArrayList<>();
        List<Path> paperFigure = ReportFigures.paperFigure(folder, summaries);
        written.addAll(paperFigure);
        written.addAll(ReportFigures.learningCurves(folder, summaries, results, settings.xUnit()));
        written.addAll(ReportFigures.efficiency(folder, curves, summaries, settings));
        written.addAll(ReportFigures.profiles(folder, profiles, aggregateProfile, settings));
        if (!sweeps.isEmpty()) {
            written.addAll(sweeps.write(folder));
        }
        if (!rankStudy.isEmpty()) {
            written.addAll(rankStudy.write(folder));
        }
        ReportMarkdown markdown = new ReportMarkdown(this, !paperFigure.isEmpty());
        written.add(writeText(folder.resolve("claims.csv"), markdown::writeClaimsCsv));
        written.add(writeText(folder.resolve("claims.md"), markdown::writeClaimsMarkdown));
        written.add(writeText(folder.resolve("summary.csv"), markdown::writeSummaryCsv));
        written.add(writeText(folder.resolve("parameters.csv"), markdown::writeParametersCsv));
        if (settings.curvesExport() == ReportSettings.EpisodesExport.WRITE) {
            written.add(writeText(folder.resolve("curves.csv"), markdown::writeCurvesCsv));
        }
        if (settings.episodesExport() == ReportSettings.EpisodesExport.WRITE) {
            written.add(Exports.episodes(folder, results));
        }
        written.add(Exports.finalScores(folder, results, settings));
        written.add(Exports.intervals(folder, summaries, aggregates, improvements, settings));
        List<ProfileSet> allProfiles = new ArrayList<>(profiles);
        if (aggregateProfile != null) {
            allProfiles.add(aggregateProfile);
        }
        written.add(Exports.profiles(folder, allProfiles));
        written.add(Exports.efficiency(folder, curves));
        written.add(writeText(folder.resolve("report.md"), markdown::writeReport));
        return written;
    }

    private static Path writeText(Path file, AtomicFiles.Body body) {
        AtomicFiles.write(file, body);
        return file;
    }

    /** Writes a claims table in Markdown (the format of {@code claims.md}). */
    public static void writeClaimsMarkdown(Writer w, List<Claim> claims, double level) throws IOException {
        ReportMarkdown.claimsTable(w, claims, level);
    }
}
