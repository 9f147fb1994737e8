package io.crbench.suites.replication;

import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.PairedComparison;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A replication whose method is a front end trained without any classifier (seed 001's U-Net CAR,
 * seed 004's cascade) and put before the frozen classifiers: its claim is that restoring first
 * raises their top-1 at each QF, tested per training seed and spread over seeds, before the
 * ResNet-20 and, as a second classifier, the ResNet-56.
 */
public abstract class FrontEndReplicationSuite extends ReplicationSuite {

    /**
     * @param table the paper and table of the suite's rows
     * @param method what the suite trains, and how it departs from the paper
     */
    protected FrontEndReplicationSuite(TableKey table, String method) {
        super(table, method);
    }

    /**
     * Restored minus JPEG top-1 of {@code classifier} with {@code frontEnd} before it, at each of
     * {@code qualities} on the same test images: one family (exact McNemar per QF, Holm over the
     * QFs) tested for the claimed sign, restoring first raises accuracy; a row per QF, its reason
     * ending with {@code headline}, what the paper reports.
     */
    protected final void recordFrontEndGains(TrainedRestorer frontEnd, ClassifierGrid classifier,
            List<Integer> qualities, String headline) {
        new ClaimFamily("claim (restoring first raises accuracy) at this QF", "QF " + describe(qualities))
                .record(qualities.stream().map(q -> new ClaimFamily.Member(frontEndGain(frontEnd, classifier, q),
                        table().cell("CIFAR-10 replication: restored minus JPEG top-1", q), classifier.dataset(),
                        frontEnd.restorer().id() + "+" + classifier.method(),
                        models().restored(frontEnd, JpegCompression.at(q)).condition())).toList(), setup(), headline);
    }

    /**
     * The same gains per QF across the training seeds ({@link SeedSpread}), each seed's front end
     * from {@code frontEnd}; {@code method} names the front end in the rows.
     */
    protected final void recordFrontEndGainSpread(LongFunction<TrainedRestorer> frontEnd, String method,
            ClassifierGrid classifier, List<Integer> qualities) {
        for (int q : qualities) {
            SeedSpread.record(perSeed(seed -> frontEndGain(frontEnd.apply(seed), classifier, q)),
                    1, table().cell("CIFAR-10 replication: restored minus JPEG top-1 over seeds", q),
                    classifier.dataset(), method + "+" + classifier.method(), JpegCompression.at(q).condition(),
                    setup());
        }
    }

    /** {@code classifier}'s top-1 on {@code frontEnd}'s restoration minus on the JPEG images, paired per image. */
    protected final PairedComparison frontEndGain(TrainedRestorer frontEnd, ClassifierGrid classifier, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return classifier.scores(models().restored(frontEnd, jpeg)).top1ChangeFrom(classifier.scores(jpeg));
    }

    /**
     * The QFs the second classifier is tested at: all of {@code qualities} in the full form; in the
     * reduced one {@code reducedQuality} only (each QF costs about 6 s of the default run, where the
     * ResNet-56 only checks the machinery).
     */
    protected final List<Integer> secondClassifierQualities(List<Integer> qualities, int reducedQuality) {
        return full() ? qualities : List.of(reducedQuality);
    }
}
