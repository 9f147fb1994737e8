package io.crbench.suites.seed004;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.baselines.restorers.QualityAwareCascadeMethod;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.PairedComparison;
import io.crbench.result.TableKey;
import io.crbench.suites.replication.FrontEndReplicationSuite;
import io.crbench.suites.replication.SeedSpread;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 004's method in the CIFAR-10 replication ({@link CifarReplication}): one blind quality-aware
 * cascade for QF 10..90 ({@link QualityAwareCascadeMethod#replicationJob}, the paper's hybrid loss)
 * trained until its validation loss stops improving, per training seed. The paper's claim is
 * restoration quality across the whole QF range (PSNR above the compressed input at every QF); the
 * replication also asks what crbench asks of every restorer: does it help the frozen ResNet-20 as a
 * front end? Per seed, the restored-minus-JPEG PSNR (RGB) and top-1 differences at QF 10, 30, 50,
 * 70, 90 are each one family (exact sign test / McNemar, Holm); across seeds each difference's
 * spread is recorded. The top-1 difference is measured before a second frozen classifier too, the
 * released ResNet-56 (the cascade never saw a classifier), at all five QFs in the full form and at
 * QF 10 in the reduced one.
 *
 * <p>Asserted in the full form: every model converged, and the cascade raises PSNR at QF 10 (paired
 * 95 % interval above 0; the paper's premise, a guard that the network learned to restore at all;
 * after the reduced form's 150 iterations it has not: −0.01 dB at QF 10, −2.3 dB at QF 90). The
 * other verdicts are the recorded finding.
 */
@DisplayName("Seed 004 at CIFAR-10 scale (converged replication): blind quality-aware cascade for QF 10..90, PSNR and"
        + " as a front end to a frozen ResNet-20")
class Seed004CifarReplicationSuite extends FrontEndReplicationSuite {
    private static final List<Integer> QUALITIES = List.of(10, 30, 50, 70, 90);
    private static final TableKey TABLE = TableKey.of("004", "MeanQF10to90");
    private static final String METHOD = "quality-aware-cascade(q=10..90)";
    private static final String HEADLINE = "seed 004 reports restored PSNR of 32.79 dB (LIVE1) and 32.70 dB (BSD500)"
            + " averaged over QF 10..90 and no classification results";

    /**
     * The full form's cap of this suite's runs: under the protocol's 2,000 iterations the cascades of
     * seeds 2 and 3 were still improving (recorded run at e14f8de), and under 4,000 seed 3's still
     * was (best validation loss after 3,900; recorded run at 7262d76).
     */
    private static final int FULL_FORM_CAP = 8000;
    /**
     * The full form's patience of this suite's runs, in checks: seed 2's validation loss sat on a
     * plateau near 0.110 for 6 checks (900 to 1,500 iterations) before falling to 0.091, and seed 1
     * stopped on such a plateau under the protocol's 4 (recorded run at 7262d76).
     */
    private static final int FULL_FORM_PATIENCE = 8;
    /**
     * Where the full form divides this suite's learning rate by 10: once the constant rate's descent
     * has turned into a creep. Under the constant rate, patience 8 and cap 8,000, seed 1's cascade
     * passed its plateau (0.114 at 500 iterations, 0.109 at 3,000), fell to 0.093 by 4,300, then
     * crept down by about 1 % per 1,000 iterations to the cap (0.0871 after 7,900): a creep the rule
     * cannot tell from a plateau, so the run never ended. Divided at 4,000 (mid-descent) and 6,000, the
     * run ended after 5,600 iterations but kept 0.0923, worse than the constant rate reached by 5,000.
     * Divided at 6,000, the run met the rule: best 0.0888 after 6,100 iterations, stopped at 6,900.
     */
    private static final int[] FULL_FORM_DECAY = {6000};

    Seed004CifarReplicationSuite() {
        super(TABLE, "restorer: CI-scale quality-aware cascade (3 stages of width 16, 2 levels) blind for QF"
                + " 10..90, L1 + FFT-domain L1 + quality MAE; batch 32 whole images, Adam 1e-3",
                protocol -> protocol.withFullFormCap(FULL_FORM_CAP).withFullFormPatience(FULL_FORM_PATIENCE)
                        .withFullFormDecay(FULL_FORM_DECAY),
                new FrontEnd("Seed 004 on CIFAR-10", "quality-aware cascade", METHOD, QUALITIES, 10, HEADLINE));
    }

    @Test
    @DisplayName("Seed 004 on CIFAR-10: JPEG PSNR (RGB) and the frozen ResNet-20's (and ResNet-56's) top-1 per QF")
    void compressed() {
        for (int q : QUALITIES) {
            JpegCompression jpeg = JpegCompression.at(q);
            CellRecorder.unpublished(psnr().scores(jpeg).mean(FidelityMetric.PSNR_RGB),
                    TABLE.cell("CIFAR-10 replication: JPEG PSNR (RGB)", q), grid().dataset(), "jpeg", jpeg.condition(),
                    setup());
        }
        recordJpegTop1OfBothClassifiers();
    }

    @ParameterizedTest(name = "Seed 004 on CIFAR-10, training seed {0}: quality-aware cascade restored minus JPEG PSNR"
            + " (RGB) per QF (exact sign test, Holm over QF)")
    @MethodSource("seeds")
    void restorationQuality(long seed) {
        TrainedRestorer cascade = trained(seed);
        // The method names the classifier too, as the top-1 rows of the same restoration do.
        new ClaimFamily("claim (restoration raises PSNR) at this QF", "QF " + describe(QUALITIES))
                .record(QUALITIES.stream().map(q -> new ClaimFamily.Member(psnrGain(seed, q),
                        TABLE.cell("CIFAR-10 replication: restored minus JPEG PSNR (RGB)", q), grid().dataset(),
                        cascade.restorer().id() + "+" + grid().method(),
                        models().restored(cascade, JpegCompression.at(q)).condition())).toList(), setup(), HEADLINE);
        if (full()) {
            PairedComparison heaviest = psnrGain(seed, QUALITIES.get(0));
            assertThat(heaviest.difference().interval().low())
                    .as("95 %% paired interval of the cascade's PSNR gain over JPEG at QF %d, n = %d",
                            QUALITIES.get(0), heaviest.difference().n())
                    .isPositive();
        }
    }

    @Test
    @DisplayName("Seed 004 on CIFAR-10: quality-aware cascade restored minus JPEG PSNR and top-1 per QF across training"
            + " seeds")
    void spreadOverSeeds() {
        for (int q : QUALITIES) {
            SeedSpread.record(perSeed(seed -> psnrGain(seed, q)), 1,
                    TABLE.cell("CIFAR-10 replication: restored minus JPEG PSNR (RGB) over seeds", q), grid().dataset(),
                    METHOD + "+" + grid().method(), JpegCompression.at(q).condition(), setup());
        }
        recordGainSpreadOfBothClassifiers();
    }

    private PairedComparison psnrGain(long seed, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return psnr().scores(models().restored(trained(seed), jpeg)).psnrGainOver(psnr().scores(jpeg),
                FidelityMetric.PSNR_RGB);
    }

    @Override
    protected TrainedRestorer trained(long seed) {
        return models().restorer(Long.toString(seed), () -> QualityAwareCascadeMethod.replicationJob(seed,
                protocol()));
    }
}
