package io.crbench.suites.seed000;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.classifiers.PretrainedClassifiers;
import io.crbench.baselines.joint.ImageNetSampleSplit;
import io.crbench.baselines.joint.JointLoss;
import io.crbench.baselines.joint.JointRestoration;
import io.crbench.baselines.joint.JointRestorationTableRows;
import io.crbench.baselines.joint.JointRestorerNetwork;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Memoized;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.model.BackboneClassifier;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000's Table II measured here: top-1 / top-5 of a frozen classifier and PSNR / SSIM (RGB and
 * Y) of its inputs for the original test images, their JPEG versions at QF 10, 20, 30, 40, and the
 * JPEG images restored by SwinIR trained with the pixel loss alone (w = 1) and jointly with the
 * classifier's cross-entropy (w = 0.99, the paper's "Our Restored Images"), with a w sweep (0.9)
 * at QF 10. Table II's own rows are held to the printed cells; the pixel-loss rows have no printed
 * counterpart. The data (ImageNet sample split), the classifier (dequantised MobileNetV2 for
 * EfficientNet-B0) and, at CI scale, the restorer's size and training differ from the paper; every
 * row says so, and {@code 000-table-II.json} gives the reason of each cell that does not reproduce.
 *
 * <p>Asserted: pixel-loss restoration raises PSNR over JPEG at QF 10 (paired bootstrap interval
 * above 0).
 * Recorded, not asserted: the joint-vs-pixel top-1 differences with exact McNemar tests, Holm across
 * the four QFs, whose verdict at this scale is the finding.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Seed 000 Table II: JPEG vs SwinIR restored with the pixel loss and jointly through a frozen classifier")
class Seed000JointRestorationSuite {
    private static final float PIXEL = 1f;
    private static final float JOINT = JointLoss.PUBLISHED_WEIGHT;
    private static final float SWEEP = 0.9f;
    private static final int SWEEP_QUALITY = 10;
    private static final JointRestorerNetwork NETWORK = JointRestorerNetwork.SWINIR;
    private static final String SETUP_CI = "test: the 50 ImageNet sample images of class 1, 21, 41, … (odd class"
            + " indices, every 10th; 1000-way top-k), restorers trained on the 500 of even class index, standing in for"
            + " the paper's 100 test images of 10 classes; the dequantised mobilenetv2-12-int8 stands in for the frozen"
            + " EfficientNet-B0; CI scale: one blind small SwinIR (2 RSTBs, 16 channels) for QF 10..40, 400 pixel-loss"
            + " steps on 96 px crops then 60 steps per w on 224 crops, instead of a full SwinIR per QF trained 70,000"
            + " steps";
    private static final String SETUP_PAPER = "test: the 500 ImageNet sample images of odd class index (1000-way"
            + " top-k), restorers trained on the 500 of even class index, standing in for the paper's 100 test images"
            + " of 10 classes and its 12,890 training images; the dequantised mobilenetv2-12-int8 stands in for the"
            + " frozen EfficientNet-B0; paper recipe: one SwinIR per QF, 70,000 steps";
    private static final String HEADLINE = "the paper reports top-1 gains of its restored over the compressed images"
            + " of 12.2 points at QF 10 and 6.2 at QF 40 (abstract)";

    @RegisterExtension
    static final SuiteResource<ClassifierGrid> TEST = SuiteResource.of(Seed000JointRestorationSuite::testGrid);
    /** Restored images, each computed once by whichever case needs them first. */
    private final Map<String, Degradation> restoredImages = new ConcurrentHashMap<>();
    private final ClassifierGrid grid = TEST.get();
    private final String setup = Scale.current().pick(SETUP_CI, SETUP_PAPER);
    private final JointRestorationTableRows rows = new JointRestorationTableRows(grid, setup);
    private final TableKey table = rows.table().key();

    private static ClassifierGrid testGrid() {
        LabeledInputs test = ImageNetSampleSplit.test(PreparedSets.imageNetSample(), Scale.current().pick(10, 1));
        // Batches of 5: larger batches allocate tensors past glibc's mmap threshold and ran 2.5 times slower.
        return ClassifierGrids.over(new BackboneClassifier(PretrainedClassifiers.mobileNetV2ImageNetBackbone(), 224, 5),
                test);
    }

    @Test
    @DisplayName("Seed 000 Table II, Original Images: top-1 and top-5")
    void original() {
        rows.heldAccuracy("Original", grid.method(), new Identity());
    }

    @ParameterizedTest(name = "Seed 000 Table II, QF {0}: compressed, pixel-loss restored, jointly restored")
    @ValueSource(ints = {10, 20, 30, 40})
    void perQuality(int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        Degradation pixel = restored(PIXEL, quality);
        Degradation joint = restored(JOINT, quality);
        rows.held("Compressed/" + quality, grid.method(), jpeg);
        rows.held("Restored/" + quality, restorerId(JOINT, quality) + "+" + grid.method(), joint);
        rows.unpublished("Pixel-loss restored/" + quality, restorerId(PIXEL, quality) + "+" + grid.method(), pixel);
        rows.psnrGain(joint, jpeg, "Restored minus compressed PSNR", quality, restorerId(JOINT, quality));
        PairedComparison pixelGain = rows.psnrGain(pixel, jpeg, "Pixel-loss restored minus compressed PSNR", quality,
                restorerId(PIXEL, quality));
        PairedComparison accuracyGain = grid.scores(joint).top1ChangeFrom(grid.scores(jpeg));
        CellRecorder.unpublished(accuracyGain.difference(), table.cell("Restored minus compressed top-1",
                quality), grid.dataset(), restorerId(JOINT, quality) + "+" + grid.method(), joint.condition(), setup
                        + "; " + accuracyGain.flipTable() + "; " + HEADLINE);
        DegradationSample.attach(grid.sampleInput(), joint);
        if (quality == 10) {
            // Asserted for the pixel-loss restorer, whose gain the CI-scale data supports; the joint
            // restorer's gain is the recorded finding above.
            assertThat(pixelGain.difference().interval().low())
                    .as("95 %% paired bootstrap interval of the PSNR gain of %s over JPEG at QF 10, n = %d",
                            restorerId(PIXEL, quality), pixelGain.difference().n())
                    .isPositive();
        }
    }

    @Test
    @DisplayName("Seed 000 §II-B weight sweep at QF 10: w = 0.9 beside 0.99 and 1 (pixel only)")
    void weightSweep() {
        Degradation sweep = restored(SWEEP, SWEEP_QUALITY);
        String method = restorerId(SWEEP, SWEEP_QUALITY) + "+" + grid.method();
        rows.unpublished("w=" + SWEEP + " restored/" + SWEEP_QUALITY, method, sweep);
        PairedComparison change = grid.scores(sweep).top1ChangeFrom(grid.scores(restored(PIXEL, SWEEP_QUALITY)));
        CellRecorder.unpublished(change.difference(), table.cell("w=" + SWEEP + " minus pixel-loss top-1",
                SWEEP_QUALITY), grid.dataset(), method, sweep.condition(), setup + "; " + change.flipTable()
                        + "; the paper chose w = 0.99 after sampling several w, values not printed");
    }

    @Test
    @DisplayName("Seed 000 claim: joint training raises top-1 over pixel-loss restoration (exact McNemar, Holm over QF)")
    void jointBeatsPixelLoss() {
        List<Integer> qualities = JointRestoration.QUALITIES;
        new ClaimFamily("claim at this QF", "QF " + qualities).record(qualities.stream()
                .map(q -> new ClaimFamily.Member(grid.scores(restored(JOINT, q)).top1ChangeFrom(grid.scores(
                        restored(PIXEL, q))), table.cell("Joint minus pixel-loss top-1", q), grid.dataset(),
                        restorerId(JOINT, q) + "+" + grid.method(), restored(JOINT, q).condition())).toList(), setup,
                null);
    }

    /** The JPEG images at {@code quality} restored by the model of {@code weight}, each restored once. */
    private Degradation restored(float weight, int quality) {
        return restoredImages.computeIfAbsent(restorerId(weight, quality) + "/" + quality,
                key -> Memoized.of(new Restored(JpegCompression.at(quality),
                        JointRestoration.forQuality(NETWORK, weight, quality, Scale.current()))));
    }

    private static String restorerId(float weight, int quality) {
        return JointRestoration.id(NETWORK, weight, quality, Scale.current());
    }
}
