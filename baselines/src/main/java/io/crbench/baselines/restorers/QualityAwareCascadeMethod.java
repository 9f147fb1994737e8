package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.degradation.RandomJpeg;
import io.crbench.experiment.Scale;
import io.crbench.restore.BlockRestorer;
import io.crbench.train.PatchTargets;
import io.crbench.train.Recipe;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainingJob;
import io.crbench.train.TrainingSet;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Seed 004's blind quality-aware cascade: one {@link QualityAwareCascade} for all QFs, trained on
 * patches JPEG-compressed at a random QF in 10..90 (§III) with {@link QualityAwareLoss}
 * (L1 + FFT-domain L1 + quality MAE against QF/100). The quality labels come from each patch's
 * own QF draw.
 */
public final class QualityAwareCascadeMethod {
    /** Bump when the network or its training changes: cached checkpoints are then retrained. */
    public static final String CODE_VERSION = "quality-aware-cascade-2";
    /** The QF range the blind model is trained on (seed 004: 10..90). */
    public static final int MIN_QUALITY = 10;
    public static final int MAX_QUALITY = 90;

    private QualityAwareCascadeMethod() {
    }

    /** Restorer id, e.g. {@code quality-aware-cascade(ci)}. */
    public static String id(Scale scale) {
        return "quality-aware-cascade(" + scale.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The network of {@code scale}. */
    public static Block block(Scale scale) {
        return new QualityAwareCascade(scale == Scale.CI ? QualityAwareConfig.ci() : QualityAwareConfig.full());
    }

    /**
     * CI: 64 px patches, batch 8, 500 Adam steps at 10⁻³. PAPER: the paper's 128 px patches with
     * Adam; it states no step count or rate legibly, so 200,000 steps at 2·10⁻⁴ halved at 100,000
     * and 150,000 (our choice).
     */
    public static Recipe recipe(Scale scale) {
        return scale == Scale.CI
                ? Recipe.adam(Scale.CI, 64, 8, 500, 1e-3f, 0)
                : Recipe.adam(Scale.PAPER, 128, 16, 200_000, 2e-4f, 0).withMilestones(0.5f, 100_000, 150_000);
    }

    /** What to train on {@code data}. */
    public static TrainingJob job(Scale scale, TrainingSet data) {
        Recipe recipe = recipe(scale);
        RandomJpeg degradation = new RandomJpeg(MIN_QUALITY, MAX_QUALITY, recipe.seed());
        return new TrainingJob("quality-aware-cascade", () -> block(scale), recipe, new QualityAwareLoss(), degradation,
                data, CODE_VERSION, qualityTargets(degradation));
    }

    /**
     * Seed 004's cascade in the CIFAR-10 replication ({@link CifarReplication}): the CI network,
     * blind for QF 10..90, learned from the protocol's training images whole (32×32, horizontally
     * flipped at random) with the paper's hybrid loss, batch 32, Adam 10⁻³, until the loss on the
     * 500 validation images stops improving.
     */
    public static TrainingJob replicationJob(long seed, CifarReplication protocol) {
        RandomJpeg degradation = new RandomJpeg(MIN_QUALITY, MAX_QUALITY, 0);
        Recipe recipe = protocol.recipe(seed);
        PatchTargets targets = qualityTargets(degradation);
        return new TrainingJob("quality-aware-cascade(q=" + MIN_QUALITY + ".." + MAX_QUALITY + ",cifar-"
                + protocol.name() + ",seed=" + seed + ")", () -> block(Scale.CI), recipe, new QualityAwareLoss(),
                degradation, protocol.trainingSet(), CODE_VERSION, targets)
                .stoppedBy(protocol.stopping(degradation, targets));
    }

    /** The clean patches and each patch's own QF / 100, the quality estimator's target. */
    private static PatchTargets qualityTargets(RandomJpeg degradation) {
        return (batch, manager) -> {
            float[] quality = new float[batch.size()];
            for (int i = 0; i < quality.length; i++) {
                quality[i] = degradation.qualityFor(batch.degradationSeed(i)) / 100f;
            }
            return new NDList(batch.targets(manager), manager.create(quality, new Shape(quality.length, 1)));
        };
    }

    /** The restorer, trained on CBSD68 or loaded from the checkpoint cache. */
    public static BlockRestorer loadOrTrain(Scale scale) {
        return RestorerTrainer.fromEnvironment().restorer(id(scale), job(scale, CleanTrainingImages.cbsd68()));
    }

    /** The restorer with user-supplied weights of the {@code scale} network. */
    public static BlockRestorer fromFile(Scale scale, Path parametersFile) {
        return RestorerTrainer.restorerFromFile(id(scale), block(scale), parametersFile);
    }
}
