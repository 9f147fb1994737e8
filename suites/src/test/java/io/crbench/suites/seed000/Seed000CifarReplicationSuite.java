package io.crbench.suites.seed000;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.joint.JointLoss;
import io.crbench.baselines.joint.JointRestoration;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.EarlyStoppedModel;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.PairedComparison;
import io.crbench.model.FeatureBackbone;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import io.crbench.suites.replication.ReplicationSuite;
import io.crbench.suites.replication.SeedSpread;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 000's mechanism in the CIFAR-10 replication ({@link CifarReplication}): does a restorer
 * trained with w·Charbonnier + (1 − w)·CE through a frozen classifier (w = 0.99, §II-B) give that
 * classifier more correct answers on JPEG images than the same restorer trained with the pixel
 * loss alone? Both are the small DnCNN of {@link JointRestoration#replicationJob}, blind for QF
 * 10..40, trained from the same fresh weights on the same batches until their validation loss
 * stops improving, per training seed; the frozen classifier is the released ResNet-20. Per seed,
 * the joint-minus-pixel top-1 differences at QF 10, 20, 30, 40 are one family (exact McNemar,
 * Holm) tested for the sign the paper claims; across seeds, the spread of each difference is
 * recorded.
 *
 * <p>The weight w is also swept on every training seed (§II-B chose 0.99 from such a sweep and
 * prints no other value): top-1 and PSNR of each w's restorer per QF, and its top-1 against
 * w = 0.99, per seed and across seeds, so the trade-off between restoration and classification is
 * measured, not assumed, and the optimum is not read from one seed's accident.
 *
 * <p>Asserted: restoration by the pixel-loss model raises the classifier's top-1 over JPEG at QF 10
 * (paired interval above 0; the premise of the comparison), and in the full form every model
 * converged. The joint-vs-pixel verdicts are the recorded finding.
 */
@DisplayName("Seed 000 mechanism at CIFAR-10 scale (converged replication): joint vs pixel-loss restoration through a"
        + " frozen ResNet-20")
class Seed000CifarReplicationSuite extends ReplicationSuite {
    private static final float PIXEL = 1f;
    private static final float JOINT = JointLoss.PUBLISHED_WEIGHT;
    private static final TableKey TABLE = TableKey.of("000", "II");
    private static final String TRADE_OFF = "seed 000 chose w = 0.99 as the trade-off between restoration (the"
            + " Charbonnier term, weight w) and classification (cross-entropy, 1 − w) and prints no other w";
    private static final String HEADLINE = "the paper reports top-1 gains of its restored over the compressed images"
            + " of 12.2 points at QF 10 and 6.2 at QF 40 on ImageNet with EfficientNet-B0 (abstract)";

    /** The frozen classifier the restorers train through. */
    @RegisterExtension
    static final SuiteResource<FeatureBackbone> BACKBONE = SuiteResource.of(CifarReplication::classifier);

    /**
     * The full form's cap of this suite's runs: under the protocol's 2,000 iterations, seed 2's
     * w = 0.9 restorer was still improving (recorded run at a5f7cc0); the eleven runs that converged
     * under 2,000 are reused as they are.
     */
    private static final int FULL_FORM_CAP = 4000;

    Seed000CifarReplicationSuite() {
        super(TABLE, "restorer: DnCNN (" + JointRestoration.REPLICATION_DEPTH + " layers, "
                + JointRestoration.REPLICATION_WIDTH + " channels) blind for QF 10..40 instead of a SwinIR per QF;"
                + " batch 32 whole images, Adam 1e-3", FULL_FORM_CAP);
    }

    @Test
    @DisplayName("Seed 000 mechanism on CIFAR-10: the frozen ResNet-20's top-1 on JPEG images per QF")
    void compressed() {
        for (int q : JointRestoration.QUALITIES) {
            JpegCompression jpeg = JpegCompression.at(q);
            CellRecorder.unpublished(grid().scores(jpeg).top1(), TABLE.cell("CIFAR-10 replication: compressed top-1",
                    q), grid().dataset(), grid().method(), jpeg.condition(), setup());
        }
    }

    @ParameterizedTest(name = "Seed 000 Table II mechanism on CIFAR-10, training seed {0}: joint (w = 0.99) minus"
            + " pixel-loss restorer top-1 per QF (exact McNemar, Holm over QF)")
    @MethodSource("seeds")
    void jointVersusPixelLoss(long seed) {
        TrainedRestorer pixel = trained(PIXEL, seed);
        TrainedRestorer joint = trained(JOINT, seed);
        List<Integer> qualities = JointRestoration.QUALITIES;
        List<ClaimFamily.Member> differences = new ArrayList<>();
        for (int q : qualities) {
            JpegCompression jpeg = JpegCompression.at(q);
            for (TrainedRestorer r : List.of(pixel, joint)) {
                Degradation restored = models().restored(r, jpeg);
                PairedComparison gain = grid().scores(restored).top1ChangeFrom(grid().scores(jpeg));
                CellRecorder.unpublished(gain.difference(), TABLE.cell("CIFAR-10 replication: restored minus"
                        + " compressed top-1", q), grid().dataset(), method(r), restored.condition(), setup() + "; "
                        + gain.flipTable() + "; " + HEADLINE);
            }
            differences.add(new ClaimFamily.Member(jointMinusPixel(seed, q),
                    TABLE.cell("CIFAR-10 replication: joint minus pixel-loss top-1", q), grid().dataset(), method(joint),
                    models().restored(joint, jpeg).condition()));
        }
        new ClaimFamily("claim (joint > pixel loss) at this QF", "QF " + qualities).record(differences, setup(), null);

        JpegCompression qf10 = JpegCompression.at(10);
        PairedComparison premise = grid().scores(models().restored(pixel, qf10)).top1ChangeFrom(grid().scores(qf10));
        assertThat(premise.difference().interval().low())
                .as("95 %% paired interval of the top-1 gain of %s over JPEG at QF 10, n = %d", method(pixel),
                        premise.difference().n())
                .isPositive();
        assertConvergedInFullForm(List.of(pixel.run(), joint.run()));
    }

    @Test
    @DisplayName("Seed 000 mechanism on CIFAR-10: joint minus pixel-loss top-1 per QF across training seeds")
    void spreadOverSeeds() {
        for (int q : JointRestoration.QUALITIES) {
            SeedSpread.record(perSeed(seed -> jointMinusPixel(seed, q)), 1,
                    TABLE.cell("CIFAR-10 replication: joint minus pixel-loss top-1 over seeds", q), grid().dataset(),
                    "joint-dncnn(w=" + JOINT + ")-vs-pixel+" + grid().method(), JpegCompression.at(q).condition(), setup());
        }
    }

    /**
     * The weights of the sweep (§II-B: "experiments … with varying w values", of which the paper
     * prints only its choice): the full form 0.9, 0.99, 0.999 and the pixel loss (w = 1); the reduced
     * form 0.9, 0.99 and 1, one extra model, to keep the default run's budget.
     */
    List<Float> sweep() {
        return full() ? List.of(0.9f, JOINT, 0.999f, PIXEL) : List.of(0.9f, JOINT, PIXEL);
    }

    @ParameterizedTest(name = "Seed 000 §II-B w sweep on CIFAR-10: restorer trained at w = {0} per training seed, top-1"
            + " and PSNR (RGB) per QF and its top-1 against w = 0.99 (exact McNemar, Holm over QF), then that"
            + " difference across seeds")
    @MethodSource("sweep")
    void weightSweep(float weight) {
        List<EarlyStoppedModel> runs = new ArrayList<>();
        for (long seed : seeds()) {
            TrainedRestorer swept = trained(weight, seed);
            recordSweep(swept, weight, seed);
            runs.add(swept.run());
        }
        if (weight != JOINT) {
            for (int q : JointRestoration.QUALITIES) {
                SeedSpread.record(perSeed(seed -> sweptMinusPublished(weight, seed, q)), claimedSign(weight),
                        TABLE.cell("CIFAR-10 replication: w sweep minus w = 0.99 top-1 over seeds", q),
                        grid().dataset(), "joint-dncnn(w=" + weight + ")-vs-w=" + JOINT + "+" + grid().method(),
                        JpegCompression.at(q).condition(), setup() + "; " + TRADE_OFF);
            }
        }
        assertConvergedInFullForm(runs);
    }

    /** One training seed's restorer of the sweep: its top-1 and PSNR per QF, and its top-1 against w = 0.99. */
    private void recordSweep(TrainedRestorer swept, float weight, long seed) {
        List<Integer> qualities = JointRestoration.QUALITIES;
        String tradeOff = setup() + "; " + TRADE_OFF + "; training seed " + seed;
        for (int q : qualities) {
            Degradation restored = models().restored(swept, JpegCompression.at(q));
            CellRecorder.unpublished(grid().scores(restored).top1(), TABLE.cell("CIFAR-10 replication: w sweep"
                    + " top-1", q), grid().dataset(), method(swept), restored.condition(), tradeOff);
            CellRecorder.unpublished(psnr().scores(restored).mean(FidelityMetric.PSNR_RGB),
                    TABLE.cell("CIFAR-10 replication: w sweep PSNR (RGB)", q), grid().dataset(), method(swept),
                    restored.condition(), tradeOff);
        }
        if (weight == JOINT) {
            return;
        }
        new ClaimFamily("expected (more weight on the classifier, more correct answers) "
                + (claimedSign(weight) > 0 ? "higher" : "lower") + " than w = 0.99", "QF " + qualities)
                .record(qualities.stream().map(q -> new ClaimFamily.Member(sweptMinusPublished(weight, seed, q),
                        TABLE.cell("CIFAR-10 replication: w sweep minus w = 0.99 top-1", q), grid().dataset(),
                        method(swept), models().restored(swept, JpegCompression.at(q)).condition(),
                        claimedSign(weight), null)).toList(), tradeOff, null);
    }

    /** Less weight on the pixel term puts more on the classifier's loss: the claimed sign against w = 0.99. */
    private static int claimedSign(float weight) {
        return weight < JOINT ? 1 : -1;
    }

    /** Top-1 of the restorer trained at {@code weight} minus that of w = 0.99, same seed and QF, paired per image. */
    private PairedComparison sweptMinusPublished(float weight, long seed, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return grid().scores(models().restored(trained(weight, seed), jpeg))
                .top1ChangeFrom(grid().scores(models().restored(trained(JOINT, seed), jpeg)));
    }

    private PairedComparison jointMinusPixel(long seed, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return grid().scores(models().restored(trained(JOINT, seed), jpeg))
                .top1ChangeFrom(grid().scores(models().restored(trained(PIXEL, seed), jpeg)));
    }

    private TrainedRestorer trained(float weight, long seed) {
        return models().restorer(weight + "/" + seed,
                () -> JointRestoration.replicationJob(weight, seed, protocol(), BACKBONE.get()));
    }

    private String method(TrainedRestorer r) {
        return r.restorer().id() + "+" + grid().method();
    }
}
