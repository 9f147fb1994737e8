package io.crbench.suites.seed000;

import io.crbench.baselines.classifiers.UserSuppliedClassifiers;
import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.MetricId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every printed cell of seed 000's Table II, so the report shows each one. All of them need what
 * this machine lacks: the paper's test images (ImageNet validation images of the ten Table I
 * synsets), its frozen EfficientNet-B0, and for the restored rows its SwinIR restorer trained
 * jointly through that classifier at paper scale.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 000 Table II: every published cell (cannot run here: test set, EfficientNet-B0, joint restorer)")
class Seed000PublishedCellsSuite {
    private static final Map<String, MetricId> METRICS = Map.of("top1", MetricId.TOP1, "top5", MetricId.TOP5,
            "psnr_rgb", MetricId.PSNR_RGB, "psnr_ycbcr", MetricId.PSNR_Y, "ssim_rgb", MetricId.SSIM_RGB,
            "ssim_ycbcr", MetricId.SSIM_Y);
    private static final String DATASET = "ImageNet-val-10class";

    @Test
    @DisplayName("Seed 000 Table II: every printed cell")
    void tableII() {
        PublishedTable table = PublishedTables.load("000", "II");
        for (PublishedCell cell : table.cells()) {
            String kind = cell.row().contains("/") ? cell.row().substring(0, cell.row().indexOf('/')) : cell.row();
            String level = cell.row().contains("/") ? cell.row().substring(cell.row().indexOf('/') + 1) : "";
            CellRecorder.cannotRunHere(table.publishedValue(cell.row(), cell.column()), DATASET, methodOf(kind),
                    level.isEmpty() ? new Identity().condition()
                            : JpegCompression.at(Integer.parseInt(level)).condition(),
                    METRICS.get(cell.column()), whyNot(kind, cell.column()));
        }
    }

    private static String methodOf(String kind) {
        return kind.equals("Restored") ? "joint-swinir+efficientnet-b0" : "efficientnet-b0";
    }

    private static String whyNot(String kind, String column) {
        String data = "the paper's test images (ImageNet validation images of the ten Table I synsets) are not on"
                + " this machine";
        String needsClassifier = column.startsWith("top")
                ? "; the frozen EfficientNet-B0 is not either (-D" + UserSuppliedClassifiers.property(
                        UserSuppliedClassifiers.EFFICIENTNET_B0) + "=FILE)"
                : "";
        String needsRestorer = kind.equals("Restored")
                ? "; the restored rows need the SwinIR restorer trained jointly through EfficientNet-B0 at paper scale"
                : "";
        return data + needsClassifier + needsRestorer;
    }
}
