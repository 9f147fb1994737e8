package io.crbench.baselines.afd;

import ai.djl.ndarray.NDList;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegChain;
import io.crbench.experiment.Scale;
import io.crbench.model.FeatureBackbone;
import io.crbench.train.MeanSquaredError;
import io.crbench.train.PatchTargets;
import io.crbench.train.Recipe;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingJob;
import io.crbench.train.TrainingSet;
import java.util.Locale;

/**
 * How seed 002 trains the AFD-Module (§III-B, §IV-B): on patches of clean photos compressed on
 * the fly with JPEG at a quality drawn from its five ImageNet-C levels {25, 18, 15, 10, 7}, the
 * MSE between the enhanced features of the degraded patch and the frozen backbone's features of
 * the clean patch at the same stage, no class labels, Adam.
 *
 * <p>The paper trains on DIV2K-C (the 800 DIV2K photos, 20,000 patches of 224×224) for 15,000
 * iterations of batch 32; the exponents of both learning rates are lost in the text copy ("initial
 * learning rate 1 …, decreases to 2 after 7,500 iterations"), read here as 10⁻⁴ then 10⁻⁵. DIV2K is
 * not in the mirror; crbench trains on CBSD68 (68 photos), within the paper's own training-size
 * study (Fig. 11: 20 images already gain). Patches are drawn at random positions, but every patch
 * is compressed from its own origin, so its 8×8 grid is the JPEG grid FDE-Net's blocks follow.
 */
public final class AfdMethod {
    /** Bump when the module or its training changes: cached checkpoints are then retrained. */
    public static final String CODE_VERSION = "afd-1";
    /** Side of the images the deployed module runs on: the ImageNet-C crop. */
    public static final int IMAGE_SIZE = 224;

    private AfdMethod() {
    }

    /** Result id of a trained variant, e.g. {@code afd(stage=1,guidance=dct,w=16,fdm=8,ci)}. */
    public static String id(AfdConfig config, Scale scale) {
        return tagged(config, scale.name().toLowerCase(Locale.ROOT));
    }

    /**
     * CI: small patches, because the module is local (FE-Net sees a few dozen pixels), but 8
     * feature pixels a side from stage 2 on, because the backbone's own receptive field grows with
     * depth and features of a too-small patch are mostly border (at 32 px the stage-3 module cost
     * 24 points of top-1 at QF 7): 32 px at stages 1 and 2, 64 px at stage 3, 128 px at stage 4,
     * batch 16 (8 from stage 3 on, to bound the backbone's cost), 400 Adam steps at 10⁻³ (seconds
     * per variant on one thread; at 3·10⁻³ the stage-1 module learned nothing in 150 steps, at 10⁻³
     * it cut the feature MSE of held-out QF 7 patches by 7 %). PAPER: 224 px, batch 32, 15,000
     * steps at 10⁻⁴, ×0.1 after 7,500.
     */
    public static Recipe recipe(Scale scale, int stride) {
        int patch = Math.max(32, 8 * stride);
        return scale == Scale.CI
                ? Recipe.adam(Scale.CI, patch, stride >= 8 ? 8 : 16, 400, 1e-3f, 0)
                : Recipe.adam(Scale.PAPER, IMAGE_SIZE, 32, 15_000, 1e-4f, 0).withMilestones(0.1f, 7_500);
    }

    /** What to train for {@code config} on {@code backbone} with the clean photos {@code data}. */
    public static TrainingJob job(AfdConfig config, Scale scale, FeatureBackbone backbone, TrainingSet data) {
        Recipe recipe = recipe(scale, backbone.stride(config.stage()));
        return new TrainingJob(config.id() + "@" + backbone.id(), () -> new AfdOnBackbone(backbone, config), recipe,
                new MeanSquaredError("feature_mse"), JpegChain.seed002(1, recipe.seed()), data, CODE_VERSION,
                cleanFeatures(backbone, config.stage()));
    }

    /**
     * Seed 002's module in the CIFAR-10 replication ({@link CifarReplication}): {@code config} on the
     * frozen {@code backbone} (the released ResNet-20), learned from the protocol's training images
     * whole (32×32, horizontally flipped at random) compressed once at a QF drawn from {25, 18, 15,
     * 10, 7} as in §IV-B, the feature MSE against the clean image's features, batch 32, Adam 10⁻³
     * (the paper's 10⁻⁴ needs its 15,000 iterations), until the feature MSE on the 500 validation
     * images (compressed the same way) stops improving.
     */
    public static TrainingJob replicationJob(AfdConfig config, long seed, CifarReplication protocol,
            FeatureBackbone backbone) {
        Degradation degradation = JpegChain.seed002(1, 0);
        Recipe recipe = protocol.recipe(seed);
        PatchTargets cleanFeatures = cleanFeatures(backbone, config.stage());
        return new TrainingJob(replicationId(config, seed, protocol) + "@" + backbone.id(),
                () -> new AfdOnBackbone(backbone, config), recipe, new MeanSquaredError("feature_mse"), degradation,
                protocol.trainingSet(), CODE_VERSION, cleanFeatures)
                .stoppedBy(protocol.stopping(degradation, cleanFeatures));
    }

    /** Result id of a module trained by {@link #replicationJob}, e.g. {@code afd(stage=1,…,cifar-full,seed=2)}. */
    public static String replicationId(AfdConfig config, long seed, CifarReplication protocol) {
        return tagged(config, "cifar-" + protocol.name() + ",seed=" + seed);
    }

    /** {@code config}'s id with {@code tags} added inside its parentheses. */
    private static String tagged(AfdConfig config, String tags) {
        String c = config.id();
        return c.substring(0, c.length() - 1) + "," + tags + ")";
    }

    /** The frozen backbone's features of the clean images at {@code stage}: what the module learns to give. */
    private static PatchTargets cleanFeatures(FeatureBackbone backbone, int stage) {
        return (batch, manager) -> new NDList(backbone.features(batch.targets(manager), stage));
    }

    /** The trained training-form module of {@code config}, from the checkpoint cache or trained now. */
    public static TrainedModel loadOrTrain(AfdConfig config, Scale scale, FeatureBackbone backbone, TrainingSet data) {
        return RestorerTrainer.fromEnvironment().loadOrTrain(job(config, scale, backbone, data));
    }
}
