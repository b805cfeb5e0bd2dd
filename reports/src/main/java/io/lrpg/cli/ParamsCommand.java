package io.lrpg.cli;

import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.Models;
import io.lrpg.report.PaperReference;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg params}: the parameter counts behind the paper's "4–6 % of the parameters" claim, per environment, as
 * the figure legend reports them and as the paper's shapes ({@link PaperPresets}) really have them (docs/paper.md §2.3–§2.4).
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Parameter counts of the low-rank and network models of each paper environment: the paper's "
                + "figure-legend count and the true count from the paper's shapes, and their ratios.",
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
        for (Preset preset : PaperPresets.all()) {
            String id = preset.environment().id();
            long lowrank = Models.parameterCount(preset, ModelKind.LOWRANK).withoutStd();
            long nn = Models.parameterCount(preset, ModelKind.NN).withoutStd();
            long legend = PaperReference.LOWRANK_LEGEND.get(id);
            double legendRatio = (double) legend / PaperReference.NN_LEGEND.get(id);
            double trueRatio = (double) lowrank / nn;
            if (csv) {
                out.printf(Locale.ROOT, "%s,%d,%d,%d,%.6f,%.6f%n", id, lowrank, legend, nn, legendRatio, trueRatio);
            } else {
                out.printf(Locale.ROOT, "%-10s %13d %15d %9d %12.2f%% %10.2f%%%n", id, lowrank, legend, nn,
                        100 * legendRatio, 100 * trueRatio);
            }
        }
        return Lrpg.EXIT_OK;
    }
}
