package io.crbench.suites.seed002;

import io.crbench.baselines.afd.AfdPanel;
import io.crbench.degradation.Degradation;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimOutcome;
import io.crbench.experiment.Top1ChangeFamily;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.Optional;

/**
 * The rows every AFD-Module suite writes for one table cell, so the suites only declare their
 * grids: DirectTest's accuracy, the variant's accuracy, its top-1 gain (held to the paper's gain
 * where the table prints one) and its Holm-adjusted exact McNemar p-value.
 */
final class AfdRows {
    /** What every row's reason says about the substitution. */
    static final String STAND_IN = "the dequantised MobileNetV2 (mobilenetv2-12-int8 weights as a float PyTorch"
            + " network) stands in for seed 002's ResNet-50 / RepVGG-A2 and the ImageNet sample images for ImageNet"
            + " val, so absolute accuracies are not comparable with the paper's";

    private AfdRows() {
    }

    /** DirectTest's top-1 and top-5 under {@code d}, in {@code table}. */
    static void directTest(AfdPanel panel, Degradation d, TableKey table, String cell) {
        AccuracyRows.unpublished(panel.panel().scores(panel.directTest(), d), table.cell("DirectTest", cell),
                panel.panel().dataset(), panel.directTest(), d.condition(), STAND_IN + "; " + panel.subset());
    }

    /**
     * The variant's top-1 and top-5, its gain over DirectTest and the McNemar row.
     *
     * @param table seed 002's table the rows belong to
     * @param label names the variant in the cell, e.g. {@code AFD} or {@code D3}
     * @param publishedGain the paper's gain for this cell, if it prints one
     */
    static void variant(AfdPanel panel, Top1ChangeFamily family, Degradation d, TableKey table, String label,
            String cell, Optional<PublishedValue> publishedGain) {
        String dataset = panel.panel().dataset();
        String context = STAND_IN + "; " + panel.subset();
        AccuracyRows.unpublished(family.methodScores(d), table.cell(label, cell), dataset, family.method(),
                d.condition(), context);
        ClaimOutcome outcome = family.outcome(d);
        Measurement gain = outcome.comparison().difference();
        if (publishedGain.isPresent()) {
            CellRecorder.substituted(gain, publishedGain.get(), dataset, family.method(), d.condition(), context);
        } else {
            CellRecorder.unpublished(gain, table.cell(label + " gain", cell), dataset, family.method(), d.condition(),
                    context + "; the table prints no gain for this cell");
        }
        double p = outcome.holmP();
        CellRecorder.unpublished(Measurement.exact(MetricId.MCNEMAR_P, p, gain.n()),
                table.cell(label + " vs DirectTest", cell), dataset, family.method(), d.condition(),
                outcome.describe() + "; " + context);
    }
}
