package io.crbench.baselines.joint;

import io.crbench.baselines.classifiers.PretrainedClassifiers;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.restorers.Dncnn;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.RandomJpeg;
import io.crbench.experiment.Scale;
import io.crbench.model.FeatureBackbone;
import io.crbench.restore.BlockRestorer;
import io.crbench.restore.Restorer;
import io.crbench.train.PatchAugmentation;
import io.crbench.train.PatchTargets;
import io.crbench.train.Recipe;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainingJob;
import io.crbench.train.TrainingSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seed 000's joint restoration–classification method: a restorer trained with {@link JointLoss}
 * through a frozen classifier, here the dequantised MobileNetV2 standing in for the paper's
 * EfficientNet-B0, on {@link ImageNetSampleSplit#training} (patches with their image's class),
 * horizontally flipped patches only (§II-A), Adam.
 *
 * <p>{@link Scale#PAPER} follows the paper (§III-B): one model per JPEG QF, trained from fresh
 * weights on the whole 224 crops, batch 16, 70,000 iterations, Adam at 2·10⁻⁴ with a multi-step
 * schedule (milestones not stated: SwinIR's own, halving at 1/2, 3/4, 7/8 and 15/16 of training).
 *
 * <p>{@link Scale#CI} fits the 2-core budget: one blind model for all four QFs (patches
 * JPEG-compressed at a QF drawn from 10..40, as seed 004 trains blind restorers), pretrained with
 * the pixel loss alone on 96 px crops (both networks are fully convolutional), then fine-tuned with
 * the loss of each w on whole 224 crops, the geometry the classifier is tested on (on 96 px crops
 * its cross-entropy stays near 5 nats, a signal that only cost the restorer PSNR). The
 * pixel-only restorer (w = 1) is the same pretraining fine-tuned with the pixel loss, so every w
 * gets the same steps from the same weights.
 */
public final class JointRestoration {
    /** Bump when the networks or their training change: cached checkpoints are then retrained. */
    public static final String CODE_VERSION = "joint-restoration-1";
    /** The JPEG quality levels of seed 000's Table II. */
    public static final List<Integer> QUALITIES = List.of(10, 20, 30, 40);

    /** Layers of the CIFAR-10 replication's restorer. */
    public static final int REPLICATION_DEPTH = 6;
    /** Channels of the CIFAR-10 replication's restorer. */
    public static final int REPLICATION_WIDTH = 24;

    private static final Map<String, Restorer> LOADED = new ConcurrentHashMap<>();
    private static FeatureBackbone backbone;

    private JointRestoration() {
    }

    /**
     * Restorer id, e.g. {@code joint-swinir(w=0.99,q=10..40,ci)} (the blind CI model) or
     * {@code joint-swinir(w=0.99,q=10,paper)}.
     */
    public static String id(JointRestorerNetwork network, float weight, int quality, Scale scale) {
        return methodId(network, weight, quality, scale) + "," + scale.name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String methodId(JointRestorerNetwork network, float weight, int quality, Scale scale) {
        String q = scale == Scale.CI ? QUALITIES.get(0) + ".." + QUALITIES.get(QUALITIES.size() - 1)
                : Integer.toString(quality);
        return "joint-" + network.id() + "(w=" + weight + ",q=" + q;
    }

    /** What the restorer for {@code quality} learns to undo: JPEG at that QF, or at CI scale a QF drawn from 10..40. */
    public static Degradation degradation(int quality, Scale scale) {
        if (!QUALITIES.contains(quality)) {
            throw new IllegalArgumentException("seed 000 trains for JPEG QF " + QUALITIES + ", got " + quality);
        }
        return scale == Scale.CI
                ? new RandomJpeg(QUALITIES.get(0), QUALITIES.get(QUALITIES.size() - 1), 0)
                : JpegCompression.at(quality);
    }

    /**
     * The schedule of each w's model. CI: the fine-tuning, whole 224 crops, batch 2, 60 steps at
     * 2·10⁻⁴. PAPER: §III-B's 224 crops, batch 16, 70,000 steps at 2·10⁻⁴, halved at 35,000, 52,500,
     * 61,250 and 65,625.
     */
    public static Recipe recipe(Scale scale) {
        Recipe recipe = scale == Scale.CI
                ? Recipe.adam(Scale.CI, 224, 2, 60, 2e-4f, 0)
                : Recipe.adam(Scale.PAPER, 224, 16, 70_000, 2e-4f, 0)
                        .withMilestones(0.5f, 35_000, 52_500, 61_250, 65_625);
        return recipe.withAugmentation(PatchAugmentation.HORIZONTAL_FLIP);
    }

    /** CI only: the pixel-loss pretraining every w fine-tunes, 96 px patches, batch 4, 400 steps at 5·10⁻⁴. */
    public static Recipe pretrainingRecipe() {
        return Recipe.adam(Scale.CI, 96, 4, 400, 5e-4f, 0).withAugmentation(PatchAugmentation.HORIZONTAL_FLIP);
    }

    /**
     * What to train for weight {@code weight} (1 = pixel only) and JPEG quality {@code quality}.
     *
     * @param training the labelled clean images
     * @param classifier the frozen classifier of the cross-entropy term (unused when w = 1)
     */
    public static TrainingJob job(JointRestorerNetwork network, float weight, int quality, Scale scale,
            LabeledInputs training, FeatureBackbone classifier) {
        TrainingSet data = TrainingSet.of(ImageNetSampleSplit.TRAINING_ID, training.images());
        Degradation degradation = degradation(quality, scale);
        JointLoss loss = weight == 1f ? JointLoss.pixelOnly() : JointLoss.withClassifier(weight, classifier);
        TrainingJob job = new TrainingJob(methodId(network, weight, quality, scale) + ")", () -> network.block(scale),
                recipe(scale), loss, degradation, data, CODE_VERSION, PatchTargets.withClassLabels(training.labels()));
        if (scale == Scale.PAPER) {
            return job;
        }
        TrainingJob pretraining = new TrainingJob("joint-" + network.id() + "-pretraining", () -> network.block(scale),
                pretrainingRecipe(), JointLoss.pixelOnly(), degradation, data, CODE_VERSION);
        return job.startingFrom(pretraining);
    }

    /**
     * The restorer for {@code weight} and {@code quality}, trained on
     * {@link ImageNetSampleSplit#training} of the ImageNet sample through the dequantised
     * MobileNetV2, or loaded from the checkpoint cache; loaded once per JVM and shared (at CI scale
     * all four QFs share one model). Training is serialised: the engine's seed is global.
     */
    public static synchronized Restorer forQuality(JointRestorerNetwork network, float weight, int quality,
            Scale scale) {
        String id = id(network, weight, quality, scale);
        Restorer restorer = LOADED.get(id);
        if (restorer == null) {
            TrainingJob job = job(network, weight, quality, scale,
                    ImageNetSampleSplit.training(PreparedSets.imageNetSample()), classifier());
            restorer = new BlockRestorer(id, RestorerTrainer.fromEnvironment().loadOrTrain(job).model(),
                    network.sizeMultiple(scale));
            LOADED.put(id, restorer);
        }
        return restorer;
    }

    /**
     * Seed 000's restorer in the CIFAR-10 replication (issue 14): the loss and blind JPEG
     * degradation (QF drawn from 10..40) of the CI-scale model and its convolutional network, a
     * {@link Dncnn} of {@value #REPLICATION_DEPTH} layers and {@value #REPLICATION_WIDTH} channels
     * (a third of the CI model's multiply-adds: training is what a CPU replication spends its time
     * on), trained from fresh weights on whole 32×32 images (horizontal flips, batch 32, Adam at
     * 10⁻³) through the frozen ResNet-20 of {@code protocol} until its validation loss stops
     * improving.
     *
     * @param weight w of the Charbonnier term; 1 = the pixel-only restorer
     * @param seed the training seed (weights, batches, degradations)
     * @param classifier the protocol's frozen classifier (unused when w = 1)
     */
    public static TrainingJob replicationJob(float weight, long seed, CifarReplication protocol,
            FeatureBackbone classifier) {
        LabeledInputs training = protocol.training();
        Degradation degradation = new RandomJpeg(QUALITIES.get(0), QUALITIES.get(QUALITIES.size() - 1), 0);
        JointLoss loss = weight == 1f ? JointLoss.pixelOnly() : JointLoss.withClassifier(weight, classifier);
        Recipe recipe = protocol.recipe(seed);
        String id = "joint-dncnn" + REPLICATION_DEPTH + "x" + REPLICATION_WIDTH + "(w=" + weight + ",q="
                + QUALITIES.get(0) + ".." + QUALITIES.get(QUALITIES.size() - 1) + ",cifar-" + protocol.name() + ",seed="
                + seed + ")";
        return new TrainingJob(id, () -> Dncnn.block(REPLICATION_DEPTH, REPLICATION_WIDTH), recipe, loss, degradation,
                protocol.trainingSet(), CODE_VERSION,
                PatchTargets.withClassLabels(training.labels()))
                .stoppedBy(protocol.stopping(degradation, PatchTargets.withClassLabels(protocol.validation().labels())));
    }

    /** The restorer with user-supplied weights of the {@code scale} network. */
    public static BlockRestorer fromFile(JointRestorerNetwork network, float weight, int quality, Scale scale,
            Path parametersFile) {
        return new BlockRestorer(id(network, weight, quality, scale),
                RestorerTrainer.load(id(network, weight, quality, scale), network.block(scale), parametersFile).model(),
                network.sizeMultiple(scale));
    }

    /** The frozen classifier of the loss, loaded on first use and kept for the JVM's lifetime. */
    private static FeatureBackbone classifier() {
        if (backbone == null) {
            backbone = PretrainedClassifiers.mobileNetV2ImageNetBackbone();
        }
        return backbone;
    }
}
