package io.crbench.suites.robustness;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.degradation.DoubleJpeg;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.Scale;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Double JPEG compression (seed 001 §I motivates it, seed 004 §IV-E evaluates restorers on it;
 * FBCNN's protocol): QF1 then QF2 on the ImageNet-C crops, with Q2 below, equal to and above Q1,
 * on aligned 8×8 grids and with a one-pixel shift between the two compressions (the non-aligned
 * case). Neither paper prints classification accuracies for it, so every row is a recorded
 * baseline. CI scale uses every other sample image (500); paper scale all 1,000.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Double JPEG (seeds 001/004, FBCNN protocol): ImageNet top-1/top-5 per (Q1, Q2), aligned and shifted")
class DoubleCompressionSuite {
    private static final List<Integer> QUALITIES = List.of(10, 30, 50);
    private static final String REASON = "no paper prints classification accuracy under double JPEG; recorded baseline";
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> SAMPLE =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(2, 1)));

    static Stream<DoubleJpeg> grid() {
        return Stream.of(0, 1).flatMap(shift -> QUALITIES.stream()
                .flatMap(q1 -> QUALITIES.stream().map(q2 -> new DoubleJpeg(q1, q2, shift))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void accuracy(DoubleJpeg degradation) {
        ClassifierGrid grid = SAMPLE.get();
        DegradationSample.attach(grid.sampleInput(), degradation);
        String row = (degradation.shift() == 0 ? "aligned" : "shifted") + " q2=" + degradation.q2();
        AccuracyRows.unpublished(grid.scores(degradation), TableKey.NONE.cell(row, degradation.q1()), grid.dataset(),
                grid.method(), degradation.condition(), REASON);
    }
}
