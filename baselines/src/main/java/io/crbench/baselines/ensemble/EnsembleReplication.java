package io.crbench.baselines.ensemble;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.EarlyStoppedModel;
import io.crbench.baselines.restorers.DilatedRestorationNet;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.RandomLevel;
import io.crbench.degradation.Restored;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.model.BlockClassifier;
import io.crbench.model.Classifier;
import io.crbench.restore.Restorer;
import io.crbench.train.CheckpointCache;
import io.crbench.train.ClassCrossEntropy;
import io.crbench.train.LabeledTrainingSet;
import io.crbench.train.PatchTargets;
import io.crbench.train.PixelLosses;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seed 003's method (§3) in the CIFAR-10 converged replication ({@link CifarReplication}), through
 * the same networks and evaluation as {@link RestorationEnsemble}: Cla(org) is the released
 * ResNet-20, frozen; the restoration network (MSE to the clean image) and the level estimator (MSE
 * to QF/100) are trained from fresh weights on JPEG at a QF drawn from 1..100 per image; the
 * classifiers of JPEG images (Cla(jpg)) and of restored images (Seq(res)'s) are the released
 * ResNet-20 fine-tuned on such images (cross-entropy, Adam at {@value #FINE_TUNING_RATE}, a tenth of
 * the protocol's rate, so fine-tuning does not first undo the released weights); each of the four
 * trained until its validation loss stops improving. The ensemble-weight network (a 50-weight
 * perceptron on the estimated level) is fitted as in {@link RestorationEnsemble} at ci scale, on
 * 2,000 degraded training images with every other network frozen, for a fixed number of steps: it
 * has no validation split of its own, so its convergence is not stated.
 */
public final class EnsembleReplication {
    /** Bump when a network, a recipe or the training code of the replication changes. */
    public static final String CODE_VERSION = "seed003-replication-1";
    /** Adam's rate when fine-tuning the released ResNet-20. */
    public static final float FINE_TUNING_RATE = 1e-4f;
    /** The fine-tuned classifiers' network name. */
    private static final String FINE_TUNED = AuthorsCifarResNet.id(CifarReplication.CLASSIFIER_DEPTH) + "-finetuned";
    /** The degradation of the replication: JPEG at QF 1..100 (Table 3's protocol). */
    public static final DegradationKind KIND = DegradationKind.JPEG;

    private EnsembleReplication() {
    }

    /**
     * The QFs evaluated: in the full form 5, 15, …, 95 (two in each of Table 3's 20-QF intervals),
     * in the reduced form 10, 30, …, 90 (one in each).
     */
    public static int[] levels(CifarReplication protocol) {
        return protocol.isFull() ? new int[] {5, 15, 25, 35, 45, 55, 65, 75, 85, 95} : new int[] {10, 30, 50, 70, 90};
    }

    /** The restoration network's job for training seed {@code seed}. */
    public static TrainingJob restorerJob(long seed, CifarReplication protocol) {
        RandomLevel jpeg = KIND.random(EnsembleRecipes.RESTORER_SEED);
        return new TrainingJob(name("dilated-restorer", KIND.id(), seed, protocol), () -> DilatedRestorationNet.block(Scale.CI),
                protocol.recipe(seed), PixelLosses.mse(), jpeg, protocol.trainingSet(), CODE_VERSION)
                .stoppedBy(protocol.stopping(jpeg, PatchTargets.CLEAN));
    }

    /** The level estimator's job for training seed {@code seed}. */
    public static TrainingJob estimatorJob(long seed, CifarReplication protocol) {
        RandomLevel jpeg = KIND.random(EnsembleRecipes.ESTIMATOR_SEED);
        PatchTargets levels = RestorationEnsemble.levelTargets(KIND, jpeg);
        return new TrainingJob(name("level-estimator", KIND.id(), seed, protocol), () -> LevelEstimationNet.block(Scale.CI),
                protocol.recipe(seed), PixelLosses.mse(), jpeg, protocol.trainingSet(), CODE_VERSION, levels)
                .stoppedBy(protocol.stopping(jpeg, levels));
    }

    /** Cla(jpg)'s job: the released ResNet-20 fine-tuned on JPEG images at a QF drawn from 1..100. */
    public static TrainingJob degradedClassifierJob(long seed, CifarReplication protocol) {
        return fineTuning(name(FINE_TUNED, KIND.id(), seed, protocol), KIND.random(EnsembleRecipes.DEGRADED_SEED),
                seed, protocol);
    }

    /**
     * Seq(res)'s classifier's job: the released ResNet-20 fine-tuned on JPEG images restored by
     * {@code restorer}, the network {@code restorerJob} trained (its key is part of this job's).
     */
    public static TrainingJob restoredClassifierJob(long seed, CifarReplication protocol, TrainingJob restorerJob,
            Restorer restorer) {
        Restorer keyed = restorer.named(keyed(restorerJob));
        return fineTuning(name(FINE_TUNED, "restored-" + KIND.id(), seed, protocol),
                new Restored(KIND.random(EnsembleRecipes.RESTORED_SEED), keyed), seed, protocol);
    }

    private static TrainingJob fineTuning(String methodId, Degradation inputs, long seed,
            CifarReplication protocol) {
        return new TrainingJob(methodId, () -> AuthorsCifarResNet.block(CifarReplication.CLASSIFIER_DEPTH),
                protocol.recipe(seed).withLearningRate(FINE_TUNING_RATE), new ClassCrossEntropy(), inputs,
                protocol.trainingSet(), CODE_VERSION, PatchTargets.withClassLabels(protocol.training().labels()))
                .startingFrom(AuthorsCifarResNet.released(CifarReplication.CLASSIFIER_DEPTH))
                .stoppedBy(protocol.stopping(inputs, PatchTargets.withClassLabels(protocol.validation().labels())));
    }

    /** A classifier run on the weights a fine-tuning job trained. */
    public static BlockClassifier classifier(EarlyStoppedModel run) {
        return new BlockClassifier(run.id(), run.trained().model(), 32, 10);
    }

    /**
     * The ensemble-weight network of training seed {@code seed}, fitted through the other networks
     * (cached under a key naming their jobs' keys).
     */
    public static TrainedModel weights(long seed, CifarReplication protocol, TrainingJob restorerJob, Restorer restorer,
            TrainingJob estimatorJob, EarlyStoppedModel estimator, Classifier clean, TrainingJob restoredJob,
            Classifier restored) {
        LabeledInputs training = protocol.training();
        LabeledTrainingSet data = LabeledTrainingSet.of(protocol.trainingSet().ids().get(0), training.images(),
                training.labels(), 10);
        EnsembleRecipes recipes = EnsembleRecipes.of(Scale.CI);
        List<String> upstream = new ArrayList<>(data.ids());
        upstream.addAll(List.of(keyed(restorerJob), keyed(estimatorJob), clean.id(), keyed(restoredJob)));
        return RestorationEnsemble.trainWeights(CheckpointCache.fromEnvironment(), KIND, data,
                recipes.weightSamples(), recipes.weights().withSeed(seed), upstream, restorer,
                new LevelEstimator(estimator.trained().model()), clean, restored);
    }

    /**
     * Every pipeline's top-1 hits on {@code images} at every QF of {@link #levels} (see
     * {@link RestorationEnsemble#evaluate}: each image degraded once per QF, restored once, every
     * classifier on the same images).
     */
    public static PipelineHits evaluate(CifarReplication protocol, Restorer restorer, EarlyStoppedModel estimator,
            Classifier clean, Classifier degraded, Classifier restored, TrainedModel weights, List<Image8> images,
            int[] labels) {
        return new EnsembleNetworks(KIND, restorer, new LevelEstimator(estimator.trained().model()), clean, degraded,
                restored, new EnsembleWeights(weights.model())).evaluate(images, labels, levels(protocol));
    }

    /** A network's method id, e.g. {@code resnet20-cifar10-authors-finetuned(restored-jpeg,cifar-full,seed=1)}. */
    private static String name(String network, String trainedOn, long seed, CifarReplication protocol) {
        return String.format(Locale.ROOT, "%s(%s,cifar-%s,seed=%d)", network, trainedOn, protocol.name(), seed);
    }

    /** A job's network named with its checkpoint, so what is trained through it is keyed to its weights. */
    private static String keyed(TrainingJob job) {
        return RestorationEnsemble.named(job.methodId(), job.checkpointKey());
    }
}
