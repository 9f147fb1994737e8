package io.crbench.suites.seed001;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.baselines.restorers.UNetCarMethod;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.suites.replication.ReplicationSuite;
import io.crbench.suites.replication.SeedSpread;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 001's claim in the CIFAR-10 replication ({@link CifarReplication}): restoring JPEG images
 * with the U-Net CAR before a frozen classifier raises its accuracy at QF 1..10. The restorer is
 * {@link UNetCarMethod#replicationJob} (one blind model for QF 1..10), trained until its validation
 * loss stops improving, per training seed; the classifier is the released ResNet-20. Per seed, the
 * restored-minus-JPEG top-1 differences at the ten QFs are one family (exact McNemar, Holm) tested
 * for the sign the paper claims; across seeds, each difference's spread is recorded. The same is
 * measured before a second frozen classifier, the released ResNet-56 (the restorer never saw a
 * classifier, so its gain should carry over), at all ten QFs in the full form and at QF 1 in the
 * reduced one.
 *
 * <p>Asserted: in the full form every model converged. The verdicts are the recorded finding.
 */
@DisplayName("Seed 001 claim at CIFAR-10 scale (converged replication): U-Net CAR before a frozen ResNet-20 at QF 1..10")
class Seed001CifarReplicationSuite extends ReplicationSuite {
    private static final List<Integer> QUALITIES = IntStream.rangeClosed(1, 10).boxed().toList();
    private static final String PAPER = "001";
    private static final String TABLE = "none";
    private static final String HEADLINE = "seed 001 reports +0.52 % (Flowers-102, CCT-14/7x2) and +34.57 % (CUB-200,"
            + " MMAL-Net) mean accuracy over QF 1..10";

    Seed001CifarReplicationSuite() {
        super(PAPER, TABLE, "restorer: CI-scale U-Net CAR (residual, width 16), one blind model for QF 1..10 instead"
                + " of one per QF; batch 32 whole images, Adam 1e-3 (β 0.9, 0.99), MSE");
    }

    @Test
    @DisplayName("Seed 001 protocol on CIFAR-10: the frozen ResNet-20's (and ResNet-56's) top-1 on JPEG images per QF")
    void compressed() {
        recordJpegTop1(grid(), QUALITIES);
        recordJpegTop1(secondGrid(), secondQualities());
    }

    @ParameterizedTest(name = "Seed 001 protocol on CIFAR-10, training seed {0}: U-Net CAR restored minus JPEG top-1"
            + " per QF 1..10 (exact McNemar, Holm over QF)")
    @MethodSource("seeds")
    void restorationBeforeClassification(long seed) {
        TrainedRestorer unet = trained(seed);
        testGains(seed, grid(), QUALITIES);
        if (full()) {
            assertThat(unet.converged()).as("%s converged: %s", unet.restorer().id(), unet.convergence()).isTrue();
        }
    }

    @ParameterizedTest(name = "Seed 001 protocol on CIFAR-10, training seed {0}: U-Net CAR restored minus JPEG top-1"
            + " of a second frozen classifier, the released ResNet-56 (exact McNemar, Holm over QF)")
    @MethodSource("seeds")
    void restorationBeforeTheSecondClassifier(long seed) {
        testGains(seed, secondGrid(), secondQualities());
    }

    @Test
    @DisplayName("Seed 001 protocol on CIFAR-10: U-Net CAR restored minus JPEG top-1 per QF across training seeds")
    void spreadOverSeeds() {
        spread(grid(), QUALITIES);
        spread(secondGrid(), secondQualities());
    }

    /**
     * The ResNet-56's QFs: all ten in the full form; in the reduced one QF 1 only (each QF costs
     * about 6 s of the default run, where the ResNet-56 only checks the machinery).
     */
    private List<Integer> secondQualities() {
        return full() ? QUALITIES : List.of(1);
    }

    /** Restored minus JPEG top-1 of {@code classifier} at {@code qualities}: one family, the claimed sign. */
    private void testGains(long seed, ClassifierGrid classifier, List<Integer> qualities) {
        TrainedRestorer unet = trained(seed);
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(
                qualities.stream().map(q -> gain(seed, classifier, q)).toList());
        for (int i = 0; i < qualities.size(); i++) {
            int q = qualities.get(i);
            ComparisonFamily.Tested t = tested.get(i);
            Degradation restored = models().restored(unet, JpegCompression.at(q));
            CellRecorder.unpublished(t.comparison().difference(), PAPER, TABLE, "CIFAR-10 replication: restored minus"
                    + " JPEG top-1/" + q, classifier.dataset(), unet.restorer().id() + "+" + classifier.method(),
                    restored.condition(), String.format(Locale.ROOT, "%s; %s; Holm-adjusted p = %.3g over QF %s; claim"
                            + " (restoring first raises accuracy) at this QF: %s; %s", setup(),
                            t.comparison().flipTable(), t.adjustedP(), describe(qualities), t.verdict(1), HEADLINE));
        }
    }

    /** "1..10" for a run of several QFs, else the QFs listed ("1"). */
    private static String describe(List<Integer> qualities) {
        int first = qualities.get(0);
        int last = qualities.get(qualities.size() - 1);
        return last > first && last - first + 1 == qualities.size() ? first + ".." + last
                : qualities.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void spread(ClassifierGrid classifier, List<Integer> qualities) {
        for (int q : qualities) {
            int quality = q;
            SeedSpread.record(seeds().stream().map(seed -> gain(seed, classifier, quality)).toList(), 1, PAPER, TABLE,
                    "CIFAR-10 replication: restored minus JPEG top-1 over seeds/" + q, classifier.dataset(),
                    "unet-car(q=1..10)+" + classifier.method(), JpegCompression.at(q).condition(), setup());
        }
    }

    private PairedComparison gain(long seed, ClassifierGrid classifier, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return classifier.scores(models().restored(trained(seed), jpeg)).top1ChangeFrom(classifier.scores(jpeg));
    }

    private TrainedRestorer trained(long seed) {
        return models().restorer(Long.toString(seed), () -> UNetCarMethod.replicationJob(seed, protocol()));
    }
}
