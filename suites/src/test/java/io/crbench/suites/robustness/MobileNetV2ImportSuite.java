package io.crbench.suites.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.degradation.Identity;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The import check of the task-driven methods' frozen backbone: {@code mobilenetv2-12-int8} with
 * its int8 weights dequantised into a float DJL PyTorch network must classify the ImageNet sample
 * images (ImageNet-C geometry; every 2nd, 500, at {@code ci} scale, all 1,000 at paper scale) within
 * 2 points of top-1 of the int8 original run by ONNX Runtime. Both run on the same images, so the difference is also given as a paired interval with
 * its flip counts. The check is deterministic (fixed weights, fixed images), so the 2-point bound is
 * asserted on the point difference.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Backbone import: dequantised MobileNetV2 (DJL PyTorch float) vs the int8 ONNX original")
class MobileNetV2ImportSuite {
    private static final double MAX_TOP1_DIFFERENCE = 0.02;
    private static final TableKey BACKBONE_IMPORT = TableKey.of(TableKey.UNPUBLISHED, "backbone-import");
    private static final String REASON = "import check of the differentiable backbone (not a paper table): the"
            + " dequantised float network should match the int8 ONNX Runtime model within 2 points of top-1";
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> INT8 =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(step()));
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> DEQUANTIZED =
            SuiteResource.of(() -> ClassifierGrids.dequantizedMobileNetV2OnImageNetSample(step()));

    private static int step() {
        return Scale.current().pick(2, 1);
    }

    @Test
    @DisplayName("top-1 on the ImageNet sample images within 2 points of the int8 model")
    void top1MatchesTheInt8Model() {
        ClassifierGrid int8 = INT8.get();
        ClassifierGrid dequantized = DEQUANTIZED.get();
        Identity clean = new Identity();
        ClassificationScores original = int8.scores(clean);
        ClassificationScores imported = dequantized.scores(clean);
        AccuracyRows.unpublished(original, BACKBONE_IMPORT.cell("int8-onnxruntime"), int8.dataset(), int8.method(),
                clean.condition(), REASON);
        AccuracyRows.unpublished(imported, BACKBONE_IMPORT.cell("dequantized-pytorch"), dequantized.dataset(),
                dequantized.method(), clean.condition(), REASON);
        PairedComparison change = imported.top1ChangeFrom(original);
        CellRecorder.unpublished(change.difference(), BACKBONE_IMPORT.cell("dequantized-minus-int8"),
                dequantized.dataset(), dequantized.method(), clean.condition(), String.format(Locale.ROOT,
                        "%s; %d images right only in the float network, %d only in the int8 one (sign test p=%.3g)",
                        REASON, change.improved(), change.worsened(), change.signTestP()));
        assertThat(Math.abs(change.difference().value()))
                .as("|top-1(dequantized) − top-1(int8)| on %d images", original.n())
                .isLessThanOrEqualTo(MAX_TOP1_DIFFERENCE);
    }
}
