package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsDncnn3;
import io.crbench.baselines.restorers.ReleasedFrontEnds;
import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegChain;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.LastQualityRestored;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.LumaFrontEnd;
import io.crbench.restore.Restorer;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 002 Tables V and VI name AR-CNN and DnCNN as pixel-domain JPEG restorers placed before a
 * frozen classifier. Here the authors' released networks (AR-CNN: the model of the nearest quality,
 * ties to the lower; DnCNN-3: one blind model) restore the Y channel of each compressed
 * ImageNet-sample crop, chroma kept ({@link LumaFrontEnd}), before MobileNetV2 int8, and the sign
 * the paper prints for "restorer − DirectTest" on ResNet-50 is tested per QF (Table V) and per
 * number of compressions T (Table VI; QFs drawn per image from the paper's set, and AR-CNN's
 * model picked per image by the quality of the last compression, which the file's quantisation
 * tables carry): top-1 change with an exact McNemar test, Holm across the conditions of a restorer
 * and table; the verdict per condition (paper's sign confirmed, contradicted, or not resolved) is
 * reported, not asserted, since the classifier is a substitute. CI scale runs AR-CNN at QF 25 and 7
 * and at T = 1 and 5 on every 20th image (50); paper scale every QF and T of the tables on all
 * 1,000 and DnCNN-3 too (about 1.7 s per crop on 2 cores). The ResNet-50 cells themselves stay in
 * Seed002PublishedCellsSuite.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Tables V and VI: the authors' AR-CNN and DnCNN-3 (Y, chroma kept) before MobileNetV2 vs DirectTest, the paper's sign per QF and per T (McNemar, Holm)")
class Seed002ReleasedRestorersSuite {
    private static final PublishedTable TABLE_V = PublishedTables.load("002", "V");
    private static final PublishedTable TABLE_VI = PublishedTables.load("002", "VI");
    private static final TableKey CLAIM = TableKey.claimOf("002");
    private static final String ROW_PREFIX = "ResNet-50/";
    /** The chain seed {@code Seed002AfdModuleSuite} uses too. */
    private static final long CHAIN_SEED = 2;
    private static final String DNCNN3_PAPER_SCALE = "DnCNN-3 before the classifier runs at paper scale (-Pfull)"
            + " only: about 1.7 s of inference per 224x224 crop on 2 cores";
    @RegisterExtension
    static final SuiteResource<ClassifierGrid> SAMPLE =
            SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(20, 1)));

    /** One condition of a table: the compressed images, the same restored, and the front end's id. */
    private record Case(String condition, Degradation compressed, Degradation restored, String frontEnd) {
    }

    private static List<Integer> qualities() {
        return Scale.current().pick(List.of(25, 7), List.of(25, 18, 15, 10, 7));
    }

    private static List<Integer> times() {
        return Scale.current().pick(List.of(1, 5), List.of(1, 2, 3, 4, 5));
    }

    @ParameterizedTest(name = "Table V column {0}: the released network before MobileNetV2 vs DirectTest, per QF")
    @ValueSource(strings = {"ARCNN", "DnCNN"})
    void againstDirectTest(String column) {
        ClassifierGrid grid = SAMPLE.get();
        List<String> conditions = qualities().stream().map(String::valueOf).toList();
        if (column.equals("DnCNN") && Scale.current() == Scale.CI) {
            cannotRun(column, conditions, q -> JpegCompression.at(Integer.parseInt(q)).condition());
            return;
        }
        try (ReleasedFrontEnds frontEnds = frontEnds(column)) {
            List<Case> cases = new ArrayList<>();
            for (int q : qualities()) {
                JpegCompression jpeg = JpegCompression.at(q);
                Restorer frontEnd = frontEnds.forQuality(q);
                Case c = new Case(Integer.toString(q), jpeg, new Restored(jpeg, frontEnd), frontEnd.id());
                // Scored while the front end is open.
                grid.scores(c.restored());
                cases.add(c);
            }
            holdSigns(TABLE_V, column, cases, "QF " + String.join(", ", conditions));
        }
    }

    @ParameterizedTest(name = "Table VI column {0}: the released network before MobileNetV2 vs DirectTest, per number of compressions")
    @ValueSource(strings = {"ARCNN", "DnCNN"})
    void againstDirectTestPerCompressionCount(String column) {
        ClassifierGrid grid = SAMPLE.get();
        List<String> conditions = times().stream().map(t -> "T=" + t).toList();
        if (column.equals("DnCNN") && Scale.current() == Scale.CI) {
            cannotRun(column, conditions, t -> JpegChain.seed002(Integer.parseInt(t.substring(2)), CHAIN_SEED).condition());
            return;
        }
        // Every model a chain can call for, opened before the images are scored in parallel.
        try (ReleasedFrontEnds frontEnds = frontEnds(column).openFor(JpegChain.SEED_002_QUALITIES)) {
            List<Case> cases = new ArrayList<>();
            for (int t : times()) {
                JpegChain chain = JpegChain.seed002(t, CHAIN_SEED);
                Case c = frontEnds.blind()
                        ? new Case("T=" + t, chain, new Restored(chain, frontEnds.blindModel()),
                                frontEnds.blindModel().id())
                        : new Case("T=" + t, chain, new LastQualityRestored(chain, ReleasedFrontEnds.MATCHED_ARCNN_ID,
                                frontEnds::forQuality), ReleasedFrontEnds.MATCHED_ARCNN_ID);
                grid.scores(c.restored());
                cases.add(c);
            }
            holdSigns(TABLE_VI, column, cases, String.join(", ", conditions));
        }
    }

    /** The released network of Table V's or VI's {@code column}. */
    private static ReleasedFrontEnds frontEnds(String column) {
        return column.equals("ARCNN") ? ReleasedFrontEnds.matchedArcnn() : ReleasedFrontEnds.dncnn3();
    }

    /**
     * Each case's top-1 change from the restorer, Holm across the cases, and the verdict on the sign
     * {@code table} prints for ResNet-50 ({@code column} − DirectTest) in the case's row.
     */
    private void holdSigns(PublishedTable table, String column, List<Case> cases, String over) {
        ClassifierGrid grid = SAMPLE.get();
        List<ClaimFamily.Member> members = new ArrayList<>();
        for (Case c : cases) {
            String row = ROW_PREFIX + c.condition();
            double printed = table.cell(row, column).value() - table.cell(row, "DirectTest").value();
            members.add(new ClaimFamily.Member(grid.scores(c.restored()).top1ChangeFrom(grid.scores(c.compressed())),
                    cell(column, c.condition()), grid.dataset(), c.frontEnd() + "+" + grid.method(),
                    c.restored().condition(), printed, String.format(Locale.ROOT, "Table %s prints %+.2f points for"
                            + " ResNet-50 (%s − DirectTest)", table.table(), printed, column)));
        }
        ClaimFamily family = new ClaimFamily("the paper's sign", over);
        List<ComparisonFamily.Tested> tested = ClaimFamily.test(members);
        family.write(members, tested, "top-1 change from the released network before MobileNetV2 int8",
                lightVersusHeavy(cases, tested));
    }

    /**
     * Seed 002's claim that restorers hurt at QF 25 and help at QF 7 (as
     * {@code Seed002LightVsHeavyCompressionClaimSuite} tests it for the restorers trained here), for
     * the released network: null unless both QFs are among the cases.
     */
    private static String lightVersusHeavy(List<Case> cases, List<ComparisonFamily.Tested> tested) {
        List<String> conditions = cases.stream().map(Case::condition).toList();
        int light = conditions.indexOf(Integer.toString(LightVersusHeavyClaim.LIGHT_QUALITY));
        int heavy = conditions.indexOf(Integer.toString(LightVersusHeavyClaim.HEAVY_QUALITY));
        if (light < 0 || heavy < 0) {
            return null;
        }
        return "seed 002's claim (hurts at QF 25, helps at QF 7) "
                + new LightVersusHeavyClaim(tested.get(light), tested.get(heavy)).verdict();
    }

    private void cannotRun(String column, List<String> conditions, Function<String, Condition> degradation) {
        ClassifierGrid grid = SAMPLE.get();
        for (String condition : conditions) {
            CellRecorder.cannotRunHere(cell(column, condition), grid.dataset(),
                    LumaFrontEnd.id(AuthorsDncnn3.ID) + "+" + grid.method(), degradation.apply(condition),
                    MetricId.TOP1_GAIN, DNCNN3_PAPER_SCALE);
        }
    }

    private static CellKey cell(String column, String condition) {
        return CLAIM.cell(column + " − DirectTest", condition);
    }
}
