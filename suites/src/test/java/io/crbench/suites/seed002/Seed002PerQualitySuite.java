package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.MonotoneAccuracyClaim;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 002's Table V protocol (ImageNet-C JPEG: resize 256, crop 224, then JPEG at QF 25, 18,
 * 15, 10, 7) for the classifier this machine has, MobileNetV2 int8, on the 1,000 ImageNet sample
 * images (one per class; probably training-split images, so accuracies are optimistic). The
 * paper's ResNet-50 / RepVGG-A2 cells are recorded as cannot-run-here by
 * {@code Seed002PublishedCellsSuite}. The claim "accuracy falls as QF falls" is tested with exact
 * McNemar tests between neighbouring QFs, Holm-corrected.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table V protocol: ImageNet top-1/top-5 per JPEG QF (MobileNetV2 int8, ImageNet sample)")
class Seed002PerQualitySuite {
    private static final TableKey TABLE_V = TableKey.of("002", "V");
    /** Clean first, then QF falling: the order the claim is about. */
    private static final List<Degradation> GRID = List.of(new Identity(), JpegCompression.at(25),
            JpegCompression.at(18), JpegCompression.at(15), JpegCompression.at(10), JpegCompression.at(7));
    private static final String REASON = "seed 002 Table V reports ResNet-50 and RepVGG-A2 on ImageNet val; this is"
            + " MobileNetV2 int8 on the 1,000 ImageNet sample images, so there is no published cell to hold it to";
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> SAMPLE =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(1));

    static Stream<Degradation> grid() {
        return GRID.stream();
    }

    @ParameterizedTest(name = "Table V protocol, DirectTest, {0}")
    @MethodSource("grid")
    void accuracy(Degradation degradation) {
        ClassifierGrid grid = SAMPLE.get();
        DegradationSample.attach(grid.sampleInput(), degradation);
        AccuracyRows.unpublished(grid.scores(degradation), TABLE_V.cell("DirectTest", degradation.id()),
                grid.dataset(), grid.method(), degradation.condition(), REASON);
    }

    @Test
    @DisplayName("Claim (seed 002 §I): top-1 falls as QF falls — McNemar between neighbouring QFs, Holm")
    void accuracyFallsAsQualityFalls() {
        MonotoneAccuracyClaim.record(SAMPLE.get(), GRID, TABLE_V);
    }
}
