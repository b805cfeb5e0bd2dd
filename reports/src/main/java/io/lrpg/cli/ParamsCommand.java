package io.lrpg.cli;

import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.report.ParameterCounts;
import io.lrpg.report.PaperReference;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg params}: the parameter counts behind the paper's "4–6 % of the parameters" claim, per
 * environment, as the figure legend reports them and as the models really have them (digest §2.3–§2.4).
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Parameter counts of the low-rank and network models of each paper environment: the paper's "
                + "figure-legend count and the true count from the shapes in PaperPresets, and their ratios.",
            "Counts are actor + critic and exclude the scalar log σ (+1 per model), as the legends do."})
final class ParamsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--csv", description = "Print CSV instead of a table.")
    private boolean csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            out.println("environment,lowrank_true,lowrank_paper_legend,nn_total,paper_legend_ratio,true_ratio");
        } else {
            out.printf(Locale.ROOT, "%-10s %13s %15s %9s %13s %11s%n", "environment", "lowrank true",
                    "lowrank legend", "nn total", "legend ratio", "true ratio");
        }
        for (ParameterCounts c : PaperReference.parameterCounts()) {
            if (csv) {
                out.printf(Locale.ROOT, "%s,%d,%d,%d,%.6f,%.6f%n", c.environment(), c.lowrankTrue(),
                        c.lowrankPaperLegend(), c.nnTotal(), c.paperLegendRatio(), c.trueRatio());
            } else {
                out.printf(Locale.ROOT, "%-10s %13d %15d %9d %12.2f%% %10.2f%%%n", c.environment(), c.lowrankTrue(),
                        c.lowrankPaperLegend(), c.nnTotal(), 100 * c.paperLegendRatio(), 100 * c.trueRatio());
            }
        }
        return Lrpg.EXIT_OK;
    }
}
