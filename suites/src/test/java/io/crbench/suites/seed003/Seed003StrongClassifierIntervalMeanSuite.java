package io.crbench.suites.seed003;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.Scale;
import io.crbench.model.BlockClassifier;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 003's interval mean accuracy (§4.2, Table 3) with a strong Cla(org): the released CIFAR-10
 * ResNet-20 (91.73 % on clean CIFAR-10-test; ResNet-56 with {@code -Pfull}) classifies JPEG
 * CIFAR-10 at every QF 1..100, and Acc(θ; Ql, Qu) is taken over the paper's intervals with
 * bootstrap-over-images intervals. The paper's Cla(org) is its own network trained on clean
 * images; a released ResNet is such a network but not that one, so each interval is recorded as
 * substitute-measured beside the printed Cla(org) column. CI scale uses the first 20 test images of
 * every class (200 images, about a minute on 2 cores); paper scale all 10,000.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 003 Table 3 with a strong Cla(org): released CIFAR-10 ResNets on JPEG CIFAR-10, QF 1..100")
class Seed003StrongClassifierIntervalMeanSuite {
    private static final PublishedTable TABLE_3 = PublishedTables.load("003", "3");
    private static final String COLUMN = "Cla(org)";
    private static final int FIRST_QF = 1;
    private static final int LAST_QF = 100;
    /** Table 3's rows: the QF intervals (Ql, Qu). */
    private static final List<int[]> INTERVALS = List.of(new int[] {1, 20}, new int[] {21, 40}, new int[] {41, 60},
            new int[] {61, 80}, new int[] {81, 100}, new int[] {1, 100});

    @ParameterizedTest(name = "ResNet-{0} as Cla(org): top-1 per QF 1..100 and Table 3's interval means")
    @ValueSource(ints = {20, 56})
    void claOrg(int depth) {
        String id = AuthorsCifarResNet.id(depth);
        if (depth == 56 && Scale.current() == Scale.CI) {
            for (int[] interval : INTERVALS) {
                String row = row(interval);
                CellRecorder.cannotRunHere(ResultRecord.cannotRunHere("003", "3", row + "/" + COLUMN,
                        "CIFAR-10-test", id, qualities(interval), MetricId.INTERVAL_MEAN_ACCURACY.wire(),
                        TABLE_3.publishedValue(row, COLUMN).value(), "ResNet-56 as Cla(org) runs at paper scale"
                                + " (-Pfull) only: 100 JPEG qualities at about 7 ms per image on 2 cores"));
            }
            return;
        }
        LabeledInputs cifar = PreparedSets.cifar10Test(Scale.current().pick(20, 1000));
        boolean[][] hits = new boolean[LAST_QF - FIRST_QF + 1][];
        try (BlockClassifier resnet = AuthorsCifarResNet.load(depth)) {
            for (int q = FIRST_QF; q <= LAST_QF; q++) {
                JpegCompression jpeg = JpegCompression.at(q);
                ClassificationScores scores = ClassificationScores.evaluate(resnet, cifar.images(), cifar.labels(), jpeg);
                hits[q - FIRST_QF] = scores.top1Hits();
                CellRecorder.unpublished(scores.top1(), "003", "3", COLUMN + " per QF/" + q, cifar.dataset(), id,
                        jpeg.id(), "per-QF accuracy behind the interval means; the paper plots it (Fig. 3)");
            }
        }
        LevelHits perQuality = new LevelHits(IntStream.rangeClosed(FIRST_QF, LAST_QF).toArray(), hits);
        for (int[] interval : INTERVALS) {
            String row = row(interval);
            Measurement m = perQuality.intervalMean(interval[0], interval[1]);
            CellRecorder.substituted(m, TABLE_3.publishedValue(row, COLUMN), cifar.dataset(), id, qualities(interval),
                    "the released ResNet-" + depth + " (akamaster/pytorch_resnet_cifar10, trained on clean CIFAR-10)"
                            + " stands in for the paper's own Cla(org)");
        }
    }

    /** Table 3's row key, e.g. {@code (1,20)}. */
    private static String row(int[] interval) {
        return "(" + interval[0] + "," + interval[1] + ")";
    }

    private static String qualities(int[] interval) {
        return "jpeg(q=" + interval[0] + ".." + interval[1] + ")";
    }
}
