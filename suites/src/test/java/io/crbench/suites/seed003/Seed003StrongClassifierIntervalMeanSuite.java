package io.crbench.suites.seed003;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.ensemble.DegradationKind;
import io.crbench.baselines.ensemble.IntervalMeanColumn;
import io.crbench.baselines.ensemble.LevelInterval;
import io.crbench.baselines.ensemble.Pipeline;
import io.crbench.baselines.ensemble.RestorationEnsemble;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsCdncnnB;
import io.crbench.baselines.restorers.ReleasedFrontEnds;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Condition;
import io.crbench.degradation.Restored;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.BlockRestorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
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
    private static final DegradationKind JPEG = DegradationKind.JPEG;
    private static final String COLUMN = "Cla(org)";
    private static final String SEQ_ORG = "Seq(org)";
    private static final String SEQ_RES = "Seq(res)";
    /** The interval Seq(org) is measured on. */
    private static final LevelInterval SEQ_ORG_INTERVAL = JPEG.strongest();
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
        IntervalMeanColumn claOrg = new IntervalMeanColumn(TABLE_3, COLUMN, cifar().dataset(), id);
        if (depth == 56 && Scale.current() == Scale.CI) {
            claOrg.recordCannotRun(JPEG.intervals(), JPEG::interval, "ResNet-56 as Cla(org) runs at paper scale (-Pfull)"
                    + " only: 100 JPEG qualities at about 7 ms per image on 2 cores");
            return;
        }
        LevelHits perQuality = claOrgHits(depth);
        perQuality.recordAccuracyPerLevel(q -> TABLE_3.key().cell(COLUMN + " per QF", q), cifar().dataset(), q -> id,
                q -> JPEG.at(q).condition(), "per-QF accuracy behind the interval means; the paper plots it (Fig. 3)");
        for (LevelInterval interval : JPEG.intervals()) {
            claOrg.recordSubstituted(perQuality, interval, JPEG.interval(interval), "the released ResNet-" + depth
                    + " (akamaster/pytorch_resnet_cifar10, trained on clean CIFAR-10) stands in for the paper's own"
                    + " Cla(org)");
        }
    }

    @Test
    @DisplayName("Table 3, Seq(org) on (1,20): the authors' AR-CNN (Y, nearest quality) before ResNet-20, and its gain over Cla(org) (paired, sign test)")
    void seqOrgWithReleasedArcnn() {
        String frontEndId = ReleasedFrontEnds.MATCHED_ARCNN_ID;
        String claOrgId = AuthorsCifarResNet.id(SEQ_ORG_DEPTH);
        IntervalMeanColumn column = new IntervalMeanColumn(TABLE_3, SEQ_ORG, cifar().dataset(),
                frontEndId + "+" + claOrgId);
        column.recordCannotRun(JPEG.intervals().stream().filter(i -> !i.equals(SEQ_ORG_INTERVAL)).toList(),
                i -> JPEG.interval(i).restoredBy(frontEndId), SEQ_ORG_NOT_RUN);
        int low = SEQ_ORG_INTERVAL.low();
        int high = SEQ_ORG_INTERVAL.high();
        LevelHits seqOrg;
        try (ReleasedFrontEnds arcnn = ReleasedFrontEnds.matchedArcnn();
                ClassifierGrid resnet = ClassifierGrids.authorsCifarResNet(SEQ_ORG_DEPTH, cifar())) {
            IntFunction<Restored> restoredAt = q -> new Restored(JPEG.at(q), arcnn.forQuality(q));
            seqOrg = LevelHits.of(resnet, IntStream.rangeClosed(low, high).toArray(), restoredAt);
            seqOrg.recordAccuracyPerLevel(q -> TABLE_3.key().cell(SEQ_ORG + " per QF", q), cifar().dataset(),
                    q -> restoredAt.apply(q).restorer().id() + "+" + resnet.method(),
                    q -> restoredAt.apply(q).condition(), "per-QF accuracy behind the interval mean");
        }
        Condition degradation = JPEG.interval(SEQ_ORG_INTERVAL).restoredBy(frontEndId);
        column.recordSubstituted(seqOrg, SEQ_ORG_INTERVAL, degradation, "the authors' AR-CNN (trained on BSDS images"
                + " for JPEG deblocking, run on Y) and the released ResNet-" + SEQ_ORG_DEPTH + " stand in for the"
                + " paper's restoration network and Cla(org), both trained on CIFAR-10");
        IntervalMeanColumn claOrg = new IntervalMeanColumn(TABLE_3, COLUMN, cifar().dataset(), claOrgId);
        new ClaimFamily("the paper's sign", "this one row").record(List.of(column.gainOver(claOrg, seqOrg,
                claOrgHits(SEQ_ORG_DEPTH), SEQ_ORG_INTERVAL, degradation)), "interval mean accuracy gain of restoring"
                + " first, paired over images", null);
    }

    @Test
    @DisplayName("Table 6 (Gaussian CIFAR-10): ResNet-20 as Cla(org), the authors' CDnCNN-B before it as Seq(org), and Seq(org)'s gain per interval (paired, sign test, Holm)")
    void gaussianWithReleasedCdncnnB() {
        DegradationKind kind = DegradationKind.GAUSSIAN;
        int[] levels = kind.grid(Scale.current());
        // CDnCNN-B costs about 25 ms per 32x32 image even in batches (compute-bound on 2 cores):
        // 100 images at ci, 1,000 at paper scale (51 levels, about 20 minutes).
        LabeledInputs set = PreparedSets.cifar10Test(Scale.current().pick(10, 100));
        IntervalMeanColumn claOrg;
        IntervalMeanColumn seqOrg;
        Map<Pipeline, LevelHits> hits;
        try (ClassifierGrid resnet = ClassifierGrids.authorsCifarResNet(SEQ_ORG_DEPTH, set);
                BlockRestorer cdncnn = AuthorsCdncnnB.load()) {
            claOrg = new IntervalMeanColumn(TABLE_6, COLUMN, set.dataset(), resnet.method());
            seqOrg = new IntervalMeanColumn(TABLE_6, SEQ_ORG, set.dataset(), cdncnn.id() + "+" + resnet.method());
            hits = RestorationEnsemble.withAndWithoutRestorer(kind, cdncnn, resnet, levels);
        }
        LevelHits cla = hits.get(Pipeline.CLA_ORG);
        LevelHits seq = hits.get(Pipeline.SEQ_ORG);
        cla.recordAccuracyPerLevel(level -> TABLE_6.key().cell(COLUMN + " per sigma", level), set.dataset(),
                level -> claOrg.method(), level -> kind.at(level).condition(), "per-σ accuracy behind the interval"
                        + " means; the paper plots it (Fig. 5)");
        seq.recordAccuracyPerLevel(level -> TABLE_6.key().cell(SEQ_ORG + " per sigma", level), set.dataset(),
                level -> seqOrg.method(), level -> cdncnn(kind.at(level).condition()), "per-σ accuracy behind the"
                        + " interval means");
        List<LevelInterval> intervals = kind.intervals();
        List<ClaimFamily.Member> gains = new ArrayList<>();
        String grid = Scale.current().pick("σ " + levels[0] + ", " + levels[1] + ", …, " + levels[levels.length - 1]
                + " (every 4th level, the ensemble suite's ci grid) on " + set.images().size() + " images (the first"
                + " of every class)",
                "every σ 0..50 on " + set.images().size() + " images (the first of every class)");
        for (LevelInterval interval : intervals) {
            Condition degradation = kind.interval(interval);
            claOrg.recordSubstituted(cla, interval, degradation, "the released ResNet-" + SEQ_ORG_DEPTH + " (trained"
                    + " on clean CIFAR-10) stands in for the paper's own Cla(org); " + grid);
            seqOrg.recordSubstituted(seq, interval, cdncnn(degradation), "the authors' CDnCNN-B (blind colour"
                    + " Gaussian denoiser, σ 0..55, trained on BSD400) and the released ResNet-" + SEQ_ORG_DEPTH
                    + " stand in for the paper's restoration network and Cla(org), both trained on CIFAR-10; " + grid);
            gains.add(seqOrg.gainOver(claOrg, seq, cla, interval, cdncnn(degradation)));
        }
        new ClaimFamily("the paper's sign", "Table 6's " + intervals.size() + " rows").record(gains,
                "interval mean accuracy gain of denoising first, paired over images", null);
    }

    @Test
    @DisplayName("Table 3, Seq(res) with the released AR-CNN: not run (it needs ResNet-20 retrained on the restored images)")
    void seqResWithReleasedArcnn() {
        String frontEndId = ReleasedFrontEnds.MATCHED_ARCNN_ID;
        new IntervalMeanColumn(TABLE_3, SEQ_RES, cifar().dataset(), frontEndId + "+"
                + AuthorsCifarResNet.id(SEQ_ORG_DEPTH) + "(retrained on restored)").recordCannotRun(JPEG.intervals(),
                        i -> JPEG.interval(i).restoredBy(frontEndId), "Seq(res) is a classifier trained on the"
                                + " restored images; this suite runs released networks as they are, without training"
                                + " (Seed003RestorationEnsembleSuite trains its Seq(res) behind its own restorer)");
    }

    private static Condition cdncnn(Condition degradation) {
        return degradation.restoredBy(AuthorsCdncnnB.ID);
    }

    private LevelHits claOrgHits(int depth) {
        return claOrgHits.computeIfAbsent(depth, d -> {
            try (ClassifierGrid grid = ClassifierGrids.authorsCifarResNet(d, cifar())) {
                return LevelHits.of(grid, JPEG.grid(Scale.PAPER), JPEG::at);
            }
        });
    }

    /** The test images: the first 20 of every class at ci scale, all at paper scale. */
    private static LabeledInputs cifar() {
        return PreparedSets.cifar10Test(Scale.current().pick(20, 1000));
    }
}
