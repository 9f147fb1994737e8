package io.crbench.suites.seed003;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.ensemble.DegradationKind;
import io.crbench.baselines.ensemble.LevelInterval;
import io.crbench.baselines.ensemble.Pipeline;
import io.crbench.baselines.ensemble.RestorationEnsemble;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsArcnn;
import io.crbench.baselines.restorers.AuthorsCdncnnB;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Condition;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.model.BlockClassifier;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.restore.BlockRestorer;
import io.crbench.restore.LumaFrontEnd;
import io.crbench.restore.Restorer;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 003's interval mean accuracy (§4.2, Table 3) with a strong Cla(org): the released CIFAR-10
 * ResNet-20 (91.73 % on clean CIFAR-10-test; ResNet-56 with {@code -Pfull}) classifies JPEG
 * CIFAR-10 at every QF 1..100, and Acc(θ; Ql, Qu) is taken over the paper's intervals with
 * bootstrap-over-images intervals. The paper's Cla(org) is its own network trained on clean
 * images; a released ResNet is such a network but not that one, so each interval is recorded as
 * substitute-measured beside the printed Cla(org) column. Seq(org), a restorer before Cla(org), is
 * measured with the authors' AR-CNN (on Y, chroma kept, the model of the nearest quality) before
 * ResNet-20 on the interval (1, 20), where the paper prints its largest gain over Cla(org), and
 * that gain's sign is tested on the same images (paired bootstrap, exact sign test); Seq(res), which
 * needs the classifier retrained on restored images, is recorded as not run. Table 6's Gaussian
 * variant (§4.5) runs the same way with the authors' blind colour denoiser CDnCNN-B as Seq(org)'s
 * restorer: ResNet-20 with and without it at the σ grid of {@link DegradationKind#grid}, the
 * interval means of both columns, and the gain's sign per row (Holm over the six rows). CI scale
 * uses the first 20 test images of every class (200 images, about a minute on 2 cores, and about
 * 20 s more for AR-CNN); paper scale all 10,000. The Gaussian case, bound by CDnCNN-B's 25 ms per
 * image, uses the first 10 images of every class at ci scale and the first 100 at paper scale.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Seed 003 Tables 3 and 6 with a strong Cla(org): released CIFAR-10 ResNets on JPEG (QF 1..100) and Gaussian (σ 0..50) CIFAR-10, and Seq(org) with the released AR-CNN and CDnCNN-B")
class Seed003StrongClassifierIntervalMeanSuite {
    private static final PublishedTable TABLE_3 = PublishedTables.load("003", "3");
    private static final PublishedTable TABLE_6 = PublishedTables.load("003", "6");
    private static final String COLUMN = "Cla(org)";
    private static final String SEQ_ORG = "Seq(org)";
    private static final String SEQ_RES = "Seq(res)";
    private static final int FIRST_QF = 1;
    private static final int LAST_QF = 100;
    /** Table 3's rows: the QF intervals (Ql, Qu). */
    private static final List<int[]> INTERVALS = List.of(new int[] {1, 20}, new int[] {21, 40}, new int[] {41, 60},
            new int[] {61, 80}, new int[] {81, 100}, new int[] {1, 100});
    /** The interval Seq(org) is measured on. */
    private static final int[] SEQ_ORG_INTERVAL = INTERVALS.get(0);
    private static final int SEQ_ORG_DEPTH = 20;
    private static final String SEQ_ORG_NOT_RUN = "Seq(org) with the released AR-CNN is measured on the interval (1,20)"
            + " only, where the paper prints its largest gain over Cla(org): AR-CNN before the classifier at 80 more"
            + " qualities would take about 20 s per 200 images and 20 qualities on 2 cores, over an hour at paper scale";
    /** Each ResNet's hits at every QF 1..100, computed by the first case that needs them. */
    private final Map<Integer, LevelHits> claOrgHits = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "ResNet-{0} as Cla(org): top-1 per QF 1..100 and Table 3's interval means")
    @ValueSource(ints = {20, 56})
    void claOrg(int depth) {
        String id = AuthorsCifarResNet.id(depth);
        if (depth == 56 && Scale.current() == Scale.CI) {
            for (int[] interval : INTERVALS) {
                String row = row(interval);
                CellRecorder.cannotRunHere(ResultRecord.cannotRunHere(TABLE_3.key().cell(row, COLUMN),
                        "CIFAR-10-test", id, qualities(interval), MetricId.INTERVAL_MEAN_ACCURACY.wire(),
                        TABLE_3.publishedValue(row, COLUMN).value(), "ResNet-56 as Cla(org) runs at paper scale"
                                + " (-Pfull) only: 100 JPEG qualities at about 7 ms per image on 2 cores"));
            }
            return;
        }
        LevelHits perQuality = claOrgHits(depth);
        for (int q = FIRST_QF; q <= LAST_QF; q++) {
            CellRecorder.unpublished(perQuality.accuracyAt(q), TABLE_3.key().cell(COLUMN + " per QF", q),
                    cifar().dataset(), id, JpegCompression.at(q).condition(),
                    "per-QF accuracy behind the interval means; the paper plots it (Fig. 3)");
        }
        for (int[] interval : INTERVALS) {
            String row = row(interval);
            Measurement m = perQuality.intervalMean(interval[0], interval[1]);
            CellRecorder.substituted(m, TABLE_3.publishedValue(row, COLUMN), cifar().dataset(), id, qualities(interval),
                    "the released ResNet-" + depth + " (akamaster/pytorch_resnet_cifar10, trained on clean CIFAR-10)"
                            + " stands in for the paper's own Cla(org)");
        }
    }

    @Test
    @DisplayName("Table 3, Seq(org) on (1,20): the authors' AR-CNN (Y, nearest quality) before ResNet-20, and its gain over Cla(org) (paired, sign test)")
    void seqOrgWithReleasedArcnn() {
        String frontEndId = LumaFrontEnd.id(AuthorsArcnn.MATCHED_QUALITY_ID);
        String method = frontEndId + "+" + AuthorsCifarResNet.id(SEQ_ORG_DEPTH);
        for (int[] interval : INTERVALS) {
            if (interval != SEQ_ORG_INTERVAL) {
                String row = row(interval);
                CellRecorder.cannotRunHere(ResultRecord.cannotRunHere(TABLE_3.key().cell(row, SEQ_ORG),
                        cifar().dataset(), method, qualities(interval).restoredBy(frontEndId),
                        MetricId.INTERVAL_MEAN_ACCURACY.wire(), TABLE_3.publishedValue(row, SEQ_ORG).value(),
                        SEQ_ORG_NOT_RUN));
            }
        }
        int low = SEQ_ORG_INTERVAL[0];
        int high = SEQ_ORG_INTERVAL[1];
        boolean[][] hits = new boolean[high - low + 1][];
        Map<Integer, Restorer> arcnn = new TreeMap<>();
        try (BlockClassifier resnet = AuthorsCifarResNet.load(SEQ_ORG_DEPTH)) {
            for (int q = low; q <= high; q++) {
                Restorer frontEnd = arcnn.computeIfAbsent(AuthorsArcnn.nearestQuality(q),
                        m -> new LumaFrontEnd(AuthorsArcnn.load(m)));
                Restored restored = new Restored(JpegCompression.at(q), frontEnd);
                ClassificationScores scores = ClassificationScores.evaluate(resnet, cifar().images(), cifar().labels(),
                        restored);
                hits[q - low] = scores.top1Hits();
                CellRecorder.unpublished(scores.top1(), TABLE_3.key().cell(SEQ_ORG + " per QF", q), cifar().dataset(),
                        frontEnd.id() + "+" + resnet.id(), restored.condition(), "per-QF accuracy behind the interval mean");
            }
        } finally {
            arcnn.values().forEach(Restorer::close);
        }
        LevelHits seqOrg = new LevelHits(IntStream.rangeClosed(low, high).toArray(), hits);
        LevelHits claOrg = claOrgHits(SEQ_ORG_DEPTH);
        String row = row(SEQ_ORG_INTERVAL);
        Condition degradation = qualities(SEQ_ORG_INTERVAL).restoredBy(frontEndId);
        CellRecorder.substituted(seqOrg.intervalMean(low, high), TABLE_3.publishedValue(row, SEQ_ORG),
                cifar().dataset(), method, degradation, "the authors' AR-CNN (trained on BSDS images for JPEG"
                        + " deblocking, run on Y) and the released ResNet-" + SEQ_ORG_DEPTH + " stand in for the"
                        + " paper's restoration network and Cla(org), both trained on CIFAR-10");
        double printed = TABLE_3.cell(row, SEQ_ORG).value() - TABLE_3.cell(row, COLUMN).value();
        new ClaimFamily("the paper's sign", "this one row").record(List.of(new ClaimFamily.Member(
                PairedComparison.of(MetricId.INTERVAL_MEAN_ACCURACY_GAIN.wire(), seqOrg.perImageRates(low, high),
                        claOrg.perImageRates(low, high)), TABLE_3.key().cell(SEQ_ORG + " − " + COLUMN, row),
                cifar().dataset(), method, degradation, printed, String.format(Locale.ROOT, "Table 3 prints %+.3f"
                        + " for the paper's networks", printed))), "interval mean accuracy gain of restoring first,"
                + " paired over images", null);
    }

    @Test
    @DisplayName("Table 6 (Gaussian CIFAR-10): ResNet-20 as Cla(org), the authors' CDnCNN-B before it as Seq(org), and Seq(org)'s gain per interval (paired, sign test, Holm)")
    void gaussianWithReleasedCdncnnB() {
        DegradationKind kind = DegradationKind.GAUSSIAN;
        int[] levels = kind.grid(Scale.current());
        // CDnCNN-B costs about 25 ms per 32x32 image even in batches (compute-bound on 2 cores):
        // 100 images at ci, 1,000 at paper scale (51 levels, about 20 minutes).
        LabeledInputs set = PreparedSets.cifar10Test(Scale.current().pick(10, 100));
        String claOrg;
        String seqOrg;
        Map<Pipeline, LevelHits> hits;
        try (BlockClassifier resnet = AuthorsCifarResNet.load(SEQ_ORG_DEPTH);
                BlockRestorer cdncnn = AuthorsCdncnnB.load()) {
            claOrg = resnet.id();
            seqOrg = cdncnn.id() + "+" + resnet.id();
            hits = RestorationEnsemble.withAndWithoutRestorer(kind, cdncnn, resnet, set.images(), set.labels(),
                    levels);
        }
        LevelHits cla = hits.get(Pipeline.CLA_ORG);
        LevelHits seq = hits.get(Pipeline.SEQ_ORG);
        for (int level : levels) {
            Condition noise = kind.at(level).condition();
            CellRecorder.unpublished(cla.accuracyAt(level), TABLE_6.key().cell(COLUMN + " per sigma", level),
                    set.dataset(), claOrg, noise, "per-σ accuracy behind the interval means; the paper plots it"
                            + " (Fig. 5)");
            CellRecorder.unpublished(seq.accuracyAt(level), TABLE_6.key().cell(SEQ_ORG + " per sigma", level),
                    set.dataset(), seqOrg, cdncnn(noise), "per-σ accuracy behind the interval means");
        }
        List<LevelInterval> intervals = kind.intervals();
        List<ClaimFamily.Member> gains = new ArrayList<>();
        String grid = Scale.current().pick("σ " + levels[0] + ", " + levels[1] + ", …, " + levels[levels.length - 1]
                + " (every 4th level, the ensemble suite's ci grid) on " + set.images().size() + " images (the first"
                + " of every class)",
                "every σ 0..50 on " + set.images().size() + " images (the first of every class)");
        for (LevelInterval interval : intervals) {
            String row = interval.key();
            Condition degradation = kind.interval(interval);
            CellRecorder.substituted(cla.intervalMean(interval.low(), interval.high()),
                    TABLE_6.publishedValue(row, COLUMN), set.dataset(), claOrg, degradation, "the released ResNet-"
                            + SEQ_ORG_DEPTH + " (trained on clean CIFAR-10) stands in for the paper's own Cla(org); "
                            + grid);
            CellRecorder.substituted(seq.intervalMean(interval.low(), interval.high()),
                    TABLE_6.publishedValue(row, SEQ_ORG), set.dataset(), seqOrg, cdncnn(degradation), "the authors'"
                            + " CDnCNN-B (blind colour Gaussian denoiser, σ 0..55, trained on BSD400) and the released"
                            + " ResNet-" + SEQ_ORG_DEPTH + " stand in for the paper's restoration network and"
                            + " Cla(org), both trained on CIFAR-10; " + grid);
            double printed = TABLE_6.cell(row, SEQ_ORG).value() - TABLE_6.cell(row, COLUMN).value();
            gains.add(new ClaimFamily.Member(PairedComparison.of(MetricId.INTERVAL_MEAN_ACCURACY_GAIN.wire(),
                    seq.perImageRates(interval.low(), interval.high()), cla.perImageRates(interval.low(),
                            interval.high())), TABLE_6.key().cell(SEQ_ORG + " − " + COLUMN, row), set.dataset(),
                    seqOrg, cdncnn(degradation), printed, String.format(Locale.ROOT, "Table 6 prints %+.3f for the"
                            + " paper's networks", printed)));
        }
        new ClaimFamily("the paper's sign", "Table 6's " + intervals.size() + " rows").record(gains,
                "interval mean accuracy gain of denoising first, paired over images", null);
    }

    private static Condition cdncnn(Condition degradation) {
        return degradation.restoredBy(AuthorsCdncnnB.ID);
    }

    @Test
    @DisplayName("Table 3, Seq(res) with the released AR-CNN: not run (it needs ResNet-20 retrained on the restored images)")
    void seqResWithReleasedArcnn() {
        String frontEndId = LumaFrontEnd.id(AuthorsArcnn.MATCHED_QUALITY_ID);
        for (int[] interval : INTERVALS) {
            String row = row(interval);
            CellRecorder.cannotRunHere(ResultRecord.cannotRunHere(TABLE_3.key().cell(row, SEQ_RES), cifar().dataset(),
                    frontEndId + "+" + AuthorsCifarResNet.id(SEQ_ORG_DEPTH) + "(retrained on restored)",
                    qualities(interval).restoredBy(frontEndId), MetricId.INTERVAL_MEAN_ACCURACY.wire(),
                    TABLE_3.publishedValue(row, SEQ_RES).value(), "Seq(res) is a classifier trained on the restored"
                            + " images; this suite runs released networks as they are, without training"
                            + " (Seed003RestorationEnsembleSuite trains its Seq(res) behind its own restorer)"));
        }
    }

    private LevelHits claOrgHits(int depth) {
        return claOrgHits.computeIfAbsent(depth, d -> {
            try (ClassifierGrid grid = new ClassifierGrid(AuthorsCifarResNet.load(d), cifar().dataset(), cifar().images(),
                    cifar().labels())) {
                return LevelHits.of(grid, IntStream.rangeClosed(FIRST_QF, LAST_QF).toArray(), JpegCompression::at);
            }
        });
    }

    /** The test images: the first 20 of every class at ci scale, all at paper scale. */
    private static LabeledInputs cifar() {
        return PreparedSets.cifar10Test(Scale.current().pick(20, 1000));
    }

    /** Table 3's row key, e.g. {@code (1,20)}. */
    private static String row(int[] interval) {
        return "(" + interval[0] + "," + interval[1] + ")";
    }

    private static Condition qualities(int[] interval) {
        return JpegCompression.interval(interval[0], interval[1]);
    }
}
