package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegChain;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.MonotoneAccuracyClaim;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 002's Table VI protocol: each image compressed T = 1..5 times, every step at a QF drawn
 * from {25, 18, 15, 10, 7} by a seeded generator (same draws for every method), on the ImageNet-C
 * crops of the 1,000 sample images, classified by MobileNetV2 int8.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table VI protocol: ImageNet top-1/top-5 after T = 1..5 compressions (MobileNetV2 int8)")
class Seed002MultipleCompressionSuite {
    private static final TableKey TABLE_VI = TableKey.of("002", "VI");
    /** The chain seed: fixed, so every run and every method sees the same QF draws per image. */
    private static final long CHAIN_SEED = 2;
    private static final String REASON = "seed 002 Table VI reports ResNet-50 / RepVGG-A2 on ImageNet val; this is"
            + " MobileNetV2 int8 on the ImageNet sample, so there is no published cell to hold it to";
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> SAMPLE =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(1));

    @ParameterizedTest(name = "Table VI protocol, DirectTest, T = {0} compressions")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void accuracy(int times) {
        ClassifierGrid grid = SAMPLE.get();
        Degradation chain = JpegChain.seed002(times, CHAIN_SEED);
        DegradationSample.attach(grid.sampleInput(), chain);
        AccuracyRows.unpublished(grid.scores(chain), TABLE_VI.cell("DirectTest", "T=" + times), grid.dataset(),
                grid.method(), chain.condition(), REASON);
    }

    @Test
    @DisplayName("Claim (seed 002 §IV): top-1 falls as the number of compressions grows")
    void accuracyFallsWithMoreCompressions() {
        MonotoneAccuracyClaim.record(SAMPLE.get(), IntStream.rangeClosed(1, 5)
                .mapToObj(t -> JpegChain.seed002(t, CHAIN_SEED)).toList(), TABLE_VI);
    }
}
