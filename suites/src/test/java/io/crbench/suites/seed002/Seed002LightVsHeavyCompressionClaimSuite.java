package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.restorers.RestorationMethods;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.Restorer;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 002's observation (§I, Tables V–VI) that pixel-domain restorers can hurt a classifier under
 * light compression (QF 25) while helping under heavy compression (QF 7), tested per restorer on
 * the ImageNet sample with MobileNetV2 int8: top-1 of restored minus compressed at both QFs, exact
 * McNemar tests, Holm across the two. The CI-scale restorers are trained for QF 10 (the blind
 * cascade for 10..90), so both QFs are off their training point, as a deployed restorer would be.
 * The verdict (confirmed / not confirmed) is reported, not asserted: the claim is about the
 * paper's restorers, and whether ours behave alike is the finding. CI scale uses every 20th image
 * (50; three restorers at two QFs take about a minute on 2 cores), paper scale all 1,000.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 claim: restorers hurt at QF 25 and help at QF 7 (top-1 change, McNemar, Holm)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed002LightVsHeavyCompressionClaimSuite {
    private static final TableKey CLAIM = TableKey.claimOf("002");
    private ClassifierGrid grid;

    @BeforeAll
    void load() {
        grid = ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(20, 1));
    }

    @AfterAll
    void close() {
        grid.close();
    }

    @ParameterizedTest(name = "{0} (trained for QF 10) at QF 25 and QF 7")
    @ValueSource(strings = {RestorationMethods.ARCNN, RestorationMethods.DNCNN, RestorationMethods.QUALITY_AWARE_CASCADE})
    void lightVersusHeavy(String method) {
        Restorer restorer = RestorationMethods.forQuality(method, 10, Scale.current());
        int light = LightVersusHeavyClaim.LIGHT_QUALITY;
        int heavy = LightVersusHeavyClaim.HEAVY_QUALITY;
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(List.of(change(restorer, light),
                change(restorer, heavy)));
        String verdict = new LightVersusHeavyClaim(tested.get(0), tested.get(1)).verdict();
        record(restorer, light, tested.get(0), verdict);
        record(restorer, heavy, tested.get(1), verdict);
    }

    private PairedComparison change(Restorer restorer, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        ClassificationScores compressed = grid.scores(jpeg);
        ClassificationScores restored = grid.scores(new Restored(jpeg, restorer));
        return restored.top1ChangeFrom(compressed);
    }

    private void record(Restorer restorer, int quality, ComparisonFamily.Tested tested, String verdict) {
        JpegCompression jpeg = JpegCompression.at(quality);
        PairedComparison change = tested.comparison();
        CellRecorder.unpublished(change.difference(), CLAIM.cell("claim: hurts at 25, helps at 7", quality),
                grid.dataset(), restorer.id() + "+" + grid.method(), new Restored(jpeg, restorer).condition(),
                String.format(Locale.ROOT, "top-1 change from restoring: wrong→right %d, right→wrong %d; Holm-adjusted"
                        + " exact McNemar p = %.3g; claim %s", change.improved(), change.worsened(), tested.adjustedP(),
                        verdict));
    }
}
