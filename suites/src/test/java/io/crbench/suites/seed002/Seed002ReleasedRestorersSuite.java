package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsArcnn;
import io.crbench.baselines.restorers.AuthorsDncnn3;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.LumaFrontEnd;
import io.crbench.restore.Restorer;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 002 Table V names AR-CNN and DnCNN as pixel-domain JPEG restorers placed before a frozen
 * classifier. Here the authors' released networks (AR-CNN: the model of the nearest quality, ties
 * to the lower; DnCNN-3: one blind model) restore the Y channel of each compressed ImageNet-sample
 * crop, chroma kept ({@link LumaFrontEnd}), before MobileNetV2 int8, and the sign the paper prints
 * for "restorer − DirectTest" on ResNet-50 at each QF is tested: top-1 change with an exact McNemar
 * test, Holm across the QFs of a restorer; the verdict per QF (paper's sign confirmed, contradicted,
 * or not resolved) is reported, not asserted, since the classifier is a substitute. CI scale runs
 * AR-CNN at QF 25 and 7 on every 20th image (50); paper scale every QF of Table V on all 1,000 and
 * DnCNN-3 too (about 1.7 s per crop on 2 cores). The ResNet-50 cells themselves stay in
 * Seed002PublishedCellsSuite.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table V: the authors' AR-CNN and DnCNN-3 (Y, chroma kept) before MobileNetV2 vs DirectTest, the paper's sign per QF (McNemar, Holm)")
class Seed002ReleasedRestorersSuite {
    private static final PublishedTable TABLE_V = PublishedTables.load("002", "V");
    private static final String ROW_PREFIX = "ResNet-50/";
    private static ClassifierGrid grid;

    @BeforeAll
    static void load() {
        grid = ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(20, 1));
    }

    @AfterAll
    static void close() {
        grid.close();
    }

    private static List<Integer> qualities() {
        return Scale.current().pick(List.of(25, 7), List.of(25, 18, 15, 10, 7));
    }

    @ParameterizedTest(name = "Table V column {0}: the released network before MobileNetV2 vs DirectTest, per QF")
    @ValueSource(strings = {"ARCNN", "DnCNN"})
    void againstDirectTest(String column) {
        if (column.equals("DnCNN") && Scale.current() == Scale.CI) {
            for (int q : qualities()) {
                CellRecorder.cannotRunHere(ResultRecord.cannotRunHere("002", ResultRecord.NONE, cell(column, q),
                        grid.dataset(), AuthorsDncnn3.ID + "[Y]+" + grid.method(), JpegCompression.at(q).id(),
                        MetricId.TOP1_GAIN.wire(), null, "DnCNN-3 before the classifier runs at paper scale (-Pfull)"
                                + " only: about 1.7 s of inference per 224x224 crop on 2 cores"));
            }
            return;
        }
        List<Integer> qualities = qualities();
        List<PairedComparison> changes = new ArrayList<>();
        List<String> restorers = new ArrayList<>();
        List<String> degradations = new ArrayList<>();
        for (int q : qualities) {
            JpegCompression jpeg = JpegCompression.at(q);
            try (Restorer frontEnd = new LumaFrontEnd(column.equals("ARCNN")
                    ? AuthorsArcnn.load(AuthorsArcnn.nearestQuality(q)) : AuthorsDncnn3.load())) {
                Restored restored = new Restored(jpeg, frontEnd);
                ClassificationScores direct = grid.scores(jpeg);
                changes.add(grid.scores(restored).top1ChangeFrom(direct));
                restorers.add(frontEnd.id());
                degradations.add(restored.id());
            }
        }
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(changes);
        for (int i = 0; i < qualities.size(); i++) {
            int q = qualities.get(i);
            ComparisonFamily.Tested t = tested.get(i);
            double printed = TABLE_V.cell(ROW_PREFIX + q, column).value() - TABLE_V.cell(ROW_PREFIX + q, "DirectTest").value();
            String verdict = t.significant() && Math.signum(t.comparison().difference().value()) == Math.signum(printed)
                    ? "the paper's sign confirmed"
                    : t.significant() ? "the paper's sign contradicted" : "not resolved at n = " + grid.inputs().size();
            CellRecorder.unpublished(t.comparison().difference(), "002", ResultRecord.NONE, cell(column, q),
                    grid.dataset(), restorers.get(i) + "+" + grid.method(), degradations.get(i), String.format(Locale.ROOT,
                            "top-1 change from the released network before MobileNetV2 int8: wrong→right %d, right→wrong"
                                    + " %d; Holm-adjusted exact McNemar p = %.3g over %d QFs; Table V prints %+.2f points"
                                    + " for ResNet-50 (%s − DirectTest); %s", t.comparison().improved(),
                            t.comparison().worsened(), t.holmP(), qualities.size(), printed, column, verdict));
        }
    }

    private static String cell(String column, int quality) {
        return column + " − DirectTest/" + quality;
    }
}
