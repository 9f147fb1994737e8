package io.crbench.suites.seed002;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdMethod;
import io.crbench.baselines.afd.AfdReplicationPanel;
import io.crbench.baselines.afd.GuidanceInput;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.EarlyStoppedModel;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegChain;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.model.FeatureBackbone;
import io.crbench.result.TableKey;
import io.crbench.suites.SuiteResource;
import io.crbench.suites.SuiteResources;
import io.crbench.suites.replication.ReplicationSuite;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 002's claims in the CIFAR-10 replication ({@link CifarReplication}): an AFD-Module on the
 * first ReLU of a frozen classifier (the paper's insertion point in a ResNet, §IV-C1; here the
 * released ResNet-20's stem) raises its top-1 on JPEG images at every QF of {25, 18, 15, 10, 7}
 * (Table V) and after 1..5 compressions (Table VI), and guidance by rearranged DCT coefficients
 * beats FE-Net alone, pixel-block guidance (Table II) and shuffled DCT coefficients (Table III).
 * Every variant is {@link AfdMethod#replicationJob}, trained until its feature MSE on held-out
 * images stops improving, per training seed, and tested re-parameterised beside the same ResNet-20
 * without a module (DirectTest) on the same compressed images.
 *
 * <p>Per seed, each claim is one family (exact McNemar, Holm): the DCT module minus DirectTest over
 * the five QFs, over the five compression counts, and the DCT module minus each other guidance
 * over the three alternatives × five QFs; across seeds the spread of each difference is recorded.
 * Asserted: the DCT-guided module raises top-1 at QF 7, the cell of the paper's largest gain (paired
 * 95 % interval above 0; a guard that the mechanism works at all), and in the full form every
 * module converged. The other verdicts are the recorded finding.
 */
@DisplayName("Seed 002 claims at CIFAR-10 scale (converged replication): AFD-Module on a frozen ResNet-20's first"
        + " ReLU, by guidance")
class Seed002CifarReplicationSuite extends ReplicationSuite {
    private static final TableKey TABLE = TableKey.of("002", "V");
    private static final List<Integer> QUALITIES = IntStream.of(JpegChain.SEED_002_QUALITIES).boxed().toList();
    private static final List<Degradation> JPEG = QUALITIES.stream().<Degradation>map(JpegCompression::at).toList();
    /**
     * 1..5 compressions; the chain's seed is fixed, so every run, seed and method sees the same QF
     * draws per image (as the ImageNet suite).
     */
    private static final List<Degradation> REPEATED_JPEG = IntStream.rangeClosed(1, 5)
            .<Degradation>mapToObj(times -> JpegChain.seed002(times, 2L)).toList();
    /** The modules by guidance, the paper's (rearranged DCT) first. */
    private static final List<AfdConfig> BY_GUIDANCE = Stream.of(GuidanceInput.DCT, GuidanceInput.NONE,
            GuidanceInput.PIXEL_BLOCKS, GuidanceInput.SHUFFLED_DCT).map(AfdConfig::replication).toList();
    private static final AfdConfig DCT = BY_GUIDANCE.get(0);
    private static final List<AfdConfig> ALTERNATIVES = BY_GUIDANCE.subList(1, BY_GUIDANCE.size());
    private static final String RAISES = "claim (the module raises top-1) here";
    private static final String TABLE_V = "ResNet-50 on ImageNet-C gains 0.94 / 2.32 / 3.63 / 9.74 / 17.37 points at"
            + " QF 25 / 18 / 15 / 10 / 7 with the module (Table V)";
    private static final String TABLE_VI = "ResNet-50 gains 6.25 / 9.41 / 11.39 / 12.82 / 13.32 points after 1..5"
            + " compressions (Table VI)";
    private static final String TABLES_II_III = "DCT guidance beats FE-Net alone by 0.85 / 1.45 / 3.79 / 3.54, pixel"
            + " blocks by 0.52 / 0.90 / 1.76 / 1.26 and shuffled DCT by 2.23 / 1.58 / 2.65 / 2.74 points at QF 25 /"
            + " 18 / 10 / 7 (Tables II and III, ResNet-50 on ImageNet-C; no QF 15 column)";

    /** The frozen ResNet-20 the modules train on. */
    @RegisterExtension
    static final SuiteResource<FeatureBackbone> TRAINING_BACKBONE = SuiteResource.of(CifarReplication::classifier);
    /** DirectTest and the modules compared on the test images, per training seed and variants. */
    @RegisterExtension
    static final SuiteResources<String, AfdReplicationPanel> PANELS = SuiteResources.create();

    /**
     * The full form's cap of this suite's runs: under the protocol's 2,000 iterations, four modules
     * (seed 1's FE-Net alone and shuffled DCT, seed 2's shuffled DCT, seed 3's DCT guidance) were
     * still improving (recorded run at 15f3344); the eight runs that converged under 2,000 are reused
     * as they are.
     */
    private static final int FULL_FORM_CAP = 4000;

    Seed002CifarReplicationSuite() {
        super(TABLE, "module: AFD-Module (FDE-Net, FDM of " + AfdConfig.MAP_CHANNELS + " channels, FE-Net of"
                + " width " + AfdConfig.REPLICATION_WIDTH + ") on the frozen ResNet-20's first ReLU (16 channels at"
                + " 32×32), tested re-parameterised; learned from 4,500 CIFAR images instead of 20,000 DIV2K-C"
                + " patches; batch 32 whole images, Adam 1e-3 instead of 1e-4 for 15,000 iterations", FULL_FORM_CAP);
    }

    @Test
    @DisplayName("Seed 002 Tables V and VI on CIFAR-10: DirectTest (the frozen ResNet-20 alone) top-1 per QF and per"
            + " number of compressions")
    void directTestAccuracy() {
        long seed = seeds().get(0);
        JPEG.forEach(d -> rows().directTest(panel(seed, BY_GUIDANCE), d));
        REPEATED_JPEG.forEach(d -> rows().directTest(panel(seed, List.of(DCT)), d));
    }

    @ParameterizedTest(name = "Seed 002 Table V on CIFAR-10, training seed {0}: DCT-guided AFD-Module minus DirectTest"
            + " top-1 per QF (exact McNemar, Holm over QF)")
    @MethodSource("seeds")
    void moduleVersusDirectTestPerQuality(long seed) {
        rows().gains(new ClaimFamily(RAISES, "QF " + QUALITIES), panel(seed, BY_GUIDANCE), DCT, JPEG, TABLE_V);
        assertConvergedInFullForm(List.of(trained(seed, DCT)));
        PairedComparison heaviest = panel(seed, BY_GUIDANCE).gain(DCT, JpegCompression.at(7));
        assertThat(heaviest.difference().interval().low())
                .as("95 %% paired interval of the DCT-guided module's top-1 gain over DirectTest at QF 7, n = %d",
                        heaviest.difference().n())
                .isPositive();
    }

    @ParameterizedTest(name = "Seed 002 Table VI on CIFAR-10, training seed {0}: DCT-guided AFD-Module minus"
            + " DirectTest top-1 after 1..5 compressions (exact McNemar, Holm over the counts)")
    @MethodSource("seeds")
    void moduleVersusDirectTestUnderMultipleCompression(long seed) {
        rows().gains(new ClaimFamily(RAISES, "1..5 compressions"), panel(seed, List.of(DCT)), DCT, REPEATED_JPEG,
                TABLE_VI);
    }

    @ParameterizedTest(name = "Seed 002 Tables II and III on CIFAR-10, training seed {0}: DCT guidance minus FE-Net"
            + " alone, pixel-block and shuffled-DCT guidance, top-1 per QF (exact McNemar, Holm over 15 cells)")
    @MethodSource("seeds")
    void dctGuidanceVersusAlternatives(long seed) {
        rows().dctVersus(new ClaimFamily("claim (rearranged DCT guides better than the other guidance) here",
                ALTERNATIVES.size() + " guidances × QF " + QUALITIES), panel(seed, BY_GUIDANCE), DCT, ALTERNATIVES,
                JPEG, TABLES_II_III);
        assertConvergedInFullForm(ALTERNATIVES.stream().map(other -> trained(seed, other)).toList());
    }

    @Test
    @DisplayName("Seed 002 on CIFAR-10: AFD minus DirectTest and DCT minus other guidance, top-1 per QF across"
            + " training seeds")
    void spreadOverSeeds() {
        for (Degradation jpeg : JPEG) {
            rows().gainSpread(perSeed(seed -> panel(seed, BY_GUIDANCE).gain(DCT, jpeg)), DCT, jpeg, TABLE_V);
            for (AfdConfig other : ALTERNATIVES) {
                rows().dctVersusSpread(perSeed(seed -> panel(seed, BY_GUIDANCE).difference(DCT, other, jpeg)), DCT,
                        other, jpeg, TABLES_II_III);
            }
        }
    }

    private AfdReplicationRows rows() {
        return new AfdReplicationRows(TABLE, grid().dataset(), setup());
    }

    /**
     * DirectTest and {@code variants} of training seed {@code seed}, opened once per suite: all four
     * guidances for the QFs, the DCT-guided module alone for the repeated compressions (a condition
     * costs a ResNet-20 pass per classifier).
     */
    private AfdReplicationPanel panel(long seed, List<AfdConfig> variants) {
        return PANELS.get(seed + "/" + variants, k -> AfdReplicationPanel.open(variants, seed, protocol(),
                variant -> trained(seed, variant).trained()));
    }

    private EarlyStoppedModel trained(long seed, AfdConfig variant) {
        return models().model(variant.guidance().id() + "/" + seed,
                () -> AfdMethod.replicationJob(variant, seed, protocol(), TRAINING_BACKBONE.get()));
    }
}
