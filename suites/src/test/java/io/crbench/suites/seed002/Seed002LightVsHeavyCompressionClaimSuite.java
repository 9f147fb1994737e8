package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.restorers.RestorationMethods;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.Restorer;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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
class Seed002LightVsHeavyCompressionClaimSuite {
    private static final TableKey CLAIM = TableKey.claimOf("002");
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> SAMPLE =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(20, 1)));

    @ParameterizedTest(name = "{0} (trained for QF 10) at QF 25 and QF 7")
    @ValueSource(strings = {RestorationMethods.ARCNN, RestorationMethods.DNCNN, RestorationMethods.QUALITY_AWARE_CASCADE})
    void lightVersusHeavy(String method) {
        Restorer restorer = RestorationMethods.forQuality(method, 10, Scale.current());
        int light = LightVersusHeavyClaim.LIGHT_QUALITY;
        int heavy = LightVersusHeavyClaim.HEAVY_QUALITY;
        // The claim's sign at each QF: restoring hurts under light compression, helps under heavy.
        List<ClaimFamily.Member> members = List.of(member(restorer, light, -1), member(restorer, heavy, 1));
        List<ComparisonFamily.Tested> tested = ClaimFamily.test(members);
        new ClaimFamily("the claim's sign at this QF", "QF " + light + ", " + heavy).write(members, tested,
                "top-1 change from restoring", "claim (hurts at " + light + ", helps at " + heavy + ") "
                        + new LightVersusHeavyClaim(tested.get(0), tested.get(1)).verdict());
    }

    private ClaimFamily.Member member(Restorer restorer, int quality, double claimedSign) {
        ClassifierGrid grid = SAMPLE.get();
        JpegCompression jpeg = JpegCompression.at(quality);
        Restored restored = new Restored(jpeg, restorer);
        return new ClaimFamily.Member(grid.scores(restored).top1ChangeFrom(grid.scores(jpeg)),
                CLAIM.cell("claim: hurts at 25, helps at 7", quality), grid.dataset(), restorer.id() + "+" + grid.method(),
                restored.condition(), claimedSign, null);
    }
}
