package io.crbench.suites.replication;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.PairedComparison;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A replication whose method is a front end trained without any classifier (seed 001's U-Net CAR,
 * seed 004's cascade) and put before the frozen classifiers: its claim is that restoring first
 * raises their top-1 at each QF, tested per training seed and spread over seeds, before the
 * ResNet-20 and, as a second classifier, the ResNet-56. The per-seed cases are declared here; a
 * suite declares its {@link FrontEnd} and how a seed's front end is trained, and records the JPEG
 * baseline and the spread over seeds in cases of its own ({@link #recordJpegTop1OfBothClassifiers},
 * {@link #recordGainSpreadOfBothClassifiers}).
 */
public abstract class FrontEndReplicationSuite extends ReplicationSuite {
    private final FrontEnd frontEnd;

    /**
     * What a front-end suite declares.
     *
     * @param label the paper's protocol in the case names, e.g. {@code Seed 001 protocol on CIFAR-10}
     * @param name the front end in the case names, e.g. {@code U-Net CAR}
     * @param method the front end in the rows across seeds, e.g. {@code unet-car(q=1..10)}
     * @param qualities the QFs the claim is tested at
     * @param reducedSecondQuality the one QF the second classifier is tested at in the reduced form
     *     (each QF costs about 6 s of the default run, where the ResNet-56 only checks the machinery)
     * @param headline what the paper reports, at the end of each gain row's reason
     */
    protected record FrontEnd(String label, String name, String method, List<Integer> qualities,
            int reducedSecondQuality, String headline) {
        public FrontEnd {
            qualities = List.copyOf(qualities);
        }
    }

    /**
     * @param table the paper and table of the suite's rows
     * @param method what the suite trains, and how it departs from the paper
     */
    protected FrontEndReplicationSuite(TableKey table, String method, FrontEnd frontEnd) {
        this(table, method, UnaryOperator.identity(), frontEnd);
    }

    /**
     * A front-end suite whose runs were measured to need more iterations than the full form's cap
     * allows.
     *
     * @param fullFormCap the cap of this suite's runs in the full form (as in {@link ReplicationSuite})
     */
    protected FrontEndReplicationSuite(TableKey table, String method, int fullFormCap, FrontEnd frontEnd) {
        this(table, method, protocol -> protocol.withFullFormCap(fullFormCap), frontEnd);
    }

    /**
     * A front-end suite whose runs were measured to need another rule than the full form's.
     *
     * @param fullForm what this suite changes in the full form (as in {@link ReplicationSuite})
     */
    protected FrontEndReplicationSuite(TableKey table, String method, UnaryOperator<CifarReplication> fullForm,
            FrontEnd frontEnd) {
        super(table, method, fullForm);
        this.frontEnd = frontEnd;
    }

    /** The front end of training seed {@code seed}, trained or loaded once per run. */
    protected abstract TrainedRestorer trained(long seed);

    Stream<Named<Long>> firstClassifierCases() {
        return cases("the frozen ResNet-20 per QF " + describe(frontEnd.qualities()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstClassifierCases")
    void frontEndBeforeTheClassifier(long seed) {
        TrainedRestorer restorer = trained(seed);
        recordFrontEndGains(restorer, grid(), frontEnd.qualities());
        assertConvergedInFullForm(List.of(restorer.run()));
    }

    Stream<Named<Long>> secondClassifierCases() {
        return cases("a second frozen classifier, the released ResNet-56, per QF " + describe(secondQualities()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondClassifierCases")
    void frontEndBeforeTheSecondClassifier(long seed) {
        recordFrontEndGains(trained(seed), secondGrid(), secondQualities());
    }

    private Stream<Named<Long>> cases(String classifier) {
        return seeds().stream().map(seed -> Named.of(frontEnd.label() + ", training seed " + seed + ": "
                + frontEnd.name() + " restored minus JPEG top-1 of " + classifier + " (exact McNemar, Holm over QF)",
                seed));
    }

    /** One row per QF and classifier: the frozen ResNet-20's and ResNet-56's top-1 on the JPEG test images. */
    protected final void recordJpegTop1OfBothClassifiers() {
        recordJpegTop1(grid(), frontEnd.qualities());
        recordJpegTop1(secondGrid(), secondQualities());
    }

    /** The front end's top-1 gains per QF and classifier across the training seeds ({@link SeedSpread}). */
    protected final void recordGainSpreadOfBothClassifiers() {
        recordGainSpread(grid(), frontEnd.qualities());
        recordGainSpread(secondGrid(), secondQualities());
    }

    /**
     * Restored minus JPEG top-1 of {@code classifier} with {@code restorer} before it, at each of
     * {@code qualities} on the same test images: one family (exact McNemar per QF, Holm over the
     * QFs) tested for the claimed sign, restoring first raises accuracy; a row per QF, its reason
     * ending with the paper's headline.
     */
    private void recordFrontEndGains(TrainedRestorer restorer, ClassifierGrid classifier, List<Integer> qualities) {
        new ClaimFamily("claim (restoring first raises accuracy) at this QF", "QF " + describe(qualities))
                .record(qualities.stream().map(q -> new ClaimFamily.Member(frontEndGain(restorer, classifier, q),
                        table().cell("CIFAR-10 replication: restored minus JPEG top-1", q), classifier.dataset(),
                        restorer.restorer().id() + "+" + classifier.method(),
                        models().restored(restorer, JpegCompression.at(q)).condition())).toList(), setup(),
                        frontEnd.headline());
    }

    private void recordGainSpread(ClassifierGrid classifier, List<Integer> qualities) {
        for (int q : qualities) {
            SeedSpread.record(perSeed(seed -> frontEndGain(trained(seed), classifier, q)),
                    1, table().cell("CIFAR-10 replication: restored minus JPEG top-1 over seeds", q),
                    classifier.dataset(), frontEnd.method() + "+" + classifier.method(),
                    JpegCompression.at(q).condition(), setup());
        }
    }

    /** {@code classifier}'s top-1 on {@code restorer}'s restoration minus on the JPEG images, paired per image. */
    private PairedComparison frontEndGain(TrainedRestorer restorer, ClassifierGrid classifier, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return classifier.scores(models().restored(restorer, jpeg)).top1ChangeFrom(classifier.scores(jpeg));
    }

    /** The QFs the second classifier is tested at: all of the claim's in the full form, one in the reduced one. */
    private List<Integer> secondQualities() {
        return full() ? frontEnd.qualities() : List.of(frontEnd.reducedSecondQuality());
    }
}
