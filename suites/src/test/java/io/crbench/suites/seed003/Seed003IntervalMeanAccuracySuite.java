package io.crbench.suites.seed003;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.ensemble.DegradationKind;
import io.crbench.baselines.ensemble.LevelInterval;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.datasets.Datasets;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.suites.SuiteResource;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 003's interval mean accuracy protocol (§4.2, Table 3) for the pretrained CIFAR-10
 * classifier of this machine: JPEG (PIL) at every QF 1..100, accuracy per QF, then
 * Acc(θ; Ql, Qu) over the paper's intervals with bootstrap-over-images intervals. The paper's
 * Cla(org) is a different network trained by the authors, so its column is quoted, not asserted.
 * CI scale uses the first 50 test images of every class (500 images); paper scale all 10,000.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Seed 003 Table 3 protocol: interval mean accuracy of JPEG CIFAR-10, QF 1..100")
class Seed003IntervalMeanAccuracySuite {
    private static final PublishedTable TABLE_3 = PublishedTables.load("003", "3");
    private static final DegradationKind JPEG = DegradationKind.JPEG;
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> CIFAR =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnCifar10Test(Scale.current().pick(50, 1000)));
    /** Top-1 hits per image at QF 1..100, measured once by whichever case needs them first. */
    private LevelHits hits;

    @Test
    @DisplayName("Top-1 per QF 1..100 (the curve of Fig. 3)")
    void accuracyPerQuality() {
        hits().recordAccuracyPerLevel(q -> TABLE_3.key().cell("Cla(org) per QF", q), Datasets.CIFAR10_TEST,
                q -> CIFAR.get().method(), q -> JPEG.at(q).condition(),
                "per-QF accuracy behind the interval means; the paper plots it (Fig. 3)");
    }

    private synchronized LevelHits hits() {
        if (hits == null) {
            hits = LevelHits.of(CIFAR.get(), JPEG.grid(Scale.PAPER), JPEG::at);
        }
        return hits;
    }

    static Stream<Arguments> rows() {
        return JPEG.intervals().stream().map(i -> Arguments.of(i.key(), i));
    }

    @ParameterizedTest(name = "Table 3 row {0}: interval mean accuracy")
    @MethodSource("rows")
    void intervalMean(String row, LevelInterval interval) {
        Measurement m = hits().intervalMean(interval.low(), interval.high());
        double paper = TABLE_3.value(row, "Cla(org)").orElseThrow();
        String method = CIFAR.get().method();
        CellRecorder.unpublished(m, TABLE_3.key().cell(row, "Cla(org)"), Datasets.CIFAR10_TEST, method,
                JPEG.interval(interval), String.format(Locale.ROOT,
                        "paper's Cla(org) is %.3f for a classifier the authors trained; this is %s, a different"
                                + " network, so the two are shown side by side, not compared", paper, method));
    }
}
