package io.crbench.baselines.joint;

import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.degradation.Degradation;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.PairedComparison;
import io.crbench.reproduction.Measurement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 000's Table II measured on one classifier grid: per row, the frozen classifier's top-1 and
 * top-5 and PSNR / SSIM (RGB and Y) of its inputs, either held to the printed cells (with
 * {@code setup} naming what stands in for the paper's data, classifier and restorer) or recorded
 * for a row the table does not print.
 */
public final class JointRestorationTableRows {
    private static final List<FidelityMetric> FIDELITY = List.of(FidelityMetric.PSNR_RGB, FidelityMetric.PSNR_Y,
            FidelityMetric.SSIM_RGB, FidelityMetric.SSIM_Y);
    /** Table II's column of each fidelity metric. */
    private static final Map<FidelityMetric, String> COLUMNS = Map.of(FidelityMetric.PSNR_RGB, "psnr_rgb",
            FidelityMetric.PSNR_Y, "psnr_ycbcr", FidelityMetric.SSIM_RGB, "ssim_rgb", FidelityMetric.SSIM_Y,
            "ssim_ycbcr");

    private final PublishedTable table = PublishedTables.load("000", "II");
    private final ClassifierGrid grid;
    private final FidelityGrid fidelity;
    private final String setup;

    /** Table II's rows on {@code grid}'s images; {@code setup} goes into every row's reason. */
    public JointRestorationTableRows(ClassifierGrid grid, String setup) {
        this.grid = grid;
        this.fidelity = new FidelityGrid(grid.dataset(), grid.inputs(), FIDELITY, 0);
        this.setup = setup;
    }

    /** Table II. */
    public PublishedTable table() {
        return table;
    }

    /** The top-1 and top-5 cells of {@code row}, held to the printed values. */
    public void heldAccuracy(String row, String method, Degradation degradation) {
        ClassificationScores scores = grid.scores(degradation);
        held(scores.top1(), row, "top1", method, degradation);
        held(scores.top5(), row, "top5", method, degradation);
    }

    /** The two accuracy and four fidelity cells of {@code row}, held to the printed values. */
    public void held(String row, String method, Degradation degradation) {
        heldAccuracy(row, method, degradation);
        for (FidelityMetric metric : FIDELITY) {
            held(fidelity.scores(degradation).mean(metric), row, COLUMNS.get(metric), method, degradation);
        }
    }

    /** The same six measurements for a row Table II does not print. */
    public void unpublished(String row, String method, Degradation degradation) {
        AccuracyRows.unpublished(grid.scores(degradation), table.key().cell(row), grid.dataset(), method,
                degradation.condition(), setup + "; not a Table II row");
        for (FidelityMetric metric : FIDELITY) {
            CellRecorder.unpublished(fidelity.scores(degradation).mean(metric), table.key().cell(row,
                    COLUMNS.get(metric)), grid.dataset(), method, degradation.condition(), setup + "; not a Table II"
                            + " row");
        }
    }

    /**
     * PSNR (RGB) of {@code restored} minus that of {@code compressed}, paired per image, recorded in
     * {@code row} at {@code quality} with its improved / worsened counts; returns the comparison.
     */
    public PairedComparison psnrGain(Degradation restored, Degradation compressed, String row, int quality,
            String method) {
        PairedComparison gain = fidelity.scores(restored).psnrGainOver(fidelity.scores(compressed),
                FidelityMetric.PSNR_RGB);
        CellRecorder.unpublished(gain.difference(), table.key().cell(row, quality), grid.dataset(), method,
                restored.condition(), setup + "; " + String.format(Locale.ROOT, "paired over the test images: %d"
                        + " improved, %d worsened (sign test p = %.3g)", gain.improved(), gain.worsened(),
                        gain.signTestP()));
        return gain;
    }

    private void held(Measurement measured, String row, String column, String method, Degradation degradation) {
        CellRecorder.substituted(measured, table.publishedValue(row, column), grid.dataset(), method,
                degradation.condition(), setup);
    }
}
