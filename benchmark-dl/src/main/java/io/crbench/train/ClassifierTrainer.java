package io.crbench.train;

import io.crbench.model.BlockClassifier;

/**
 * Gets trained weights for a {@link ClassifierTrainingJob}: from the {@link CheckpointCache} when
 * an entry for its key exists, else by training on a {@link LabeledBatchSampler} (see
 * {@link TrainingRun}) and storing the result.
 */
public final class ClassifierTrainer {
    private final CheckpointCache cache;

    public ClassifierTrainer(CheckpointCache cache) {
        this.cache = cache;
    }

    /** A trainer on {@link CheckpointCache#fromEnvironment()}. */
    public static ClassifierTrainer fromEnvironment() {
        return new ClassifierTrainer(CheckpointCache.fromEnvironment());
    }

    /** The cached model of {@code job}, or a freshly trained (and then cached) one. */
    public TrainedModel loadOrTrain(ClassifierTrainingJob job) {
        return CachedTraining.loadOrTrain(cache, job.checkpointKey(), job.methodId(), job.newBlock().get(), model -> {
            Recipe recipe = job.recipe();
            LabeledBatchSampler sampler = new LabeledBatchSampler(job.data(), job.augmentation(), job.degradation(),
                    recipe.seed());
            return TrainingCurves.of(TrainingRun.train(job.methodId(), model, recipe, sampler, job.loss()));
        });
    }

    /**
     * A classifier named {@code classifierId} running the cached or freshly trained model of
     * {@code job}; name it after the checkpoint (e.g. with {@link CheckpointKey#nameSha256()}'s prefix)
     * so anything trained on its outputs is keyed to these weights.
     */
    public BlockClassifier classifier(String classifierId, ClassifierTrainingJob job) {
        return new BlockClassifier(classifierId, loadOrTrain(job).model(), job.data().imageSize(),
                job.data().numClasses());
    }
}
