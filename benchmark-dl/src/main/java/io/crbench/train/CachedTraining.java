package io.crbench.train;

import ai.djl.Model;
import ai.djl.nn.Block;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one "load from the {@link CheckpointCache}, or train and store" step every trainer shares:
 * restorers ({@link RestorerTrainer}), classifiers ({@link ClassifierTrainer}) and any other
 * network whose weights are a pure function of its {@link CheckpointKey}.
 */
public final class CachedTraining {
    private CachedTraining() {
    }

    /**
     * The cached weights of {@code key} loaded into {@code block}, or {@code training} run on a
     * fresh model of it and the result stored under {@code key}.
     *
     * @param cache where checkpoints live
     * @param key everything the weights depend on
     * @param methodId names the model
     * @param block a fresh, uninitialised network of the architecture
     * @param training initialises and trains the model's block, returning its curves
     * @return the model (owned by the caller), its curves, and where the weights are stored
     */
    public static TrainedModel loadOrTrain(CheckpointCache cache, CheckpointKey key, String methodId, Block block,
            Function<Model, TrainingCurves> training) {
        Optional<CheckpointCache.Entry> cached = cache.lookup(key);
        if (cached.isPresent()) {
            return load(cached.get(), methodId, block);
        }
        cache.requireWritable();
        Model model = TrainingRun.newModel(methodId, block);
        try {
            TrainingCurves curves = training.apply(model);
            CheckpointCache.Entry entry = cache.store(key, model.getBlock(), curves);
            return new TrainedModel(model, curves.training(), curves.validation(), false, entry.parametersFile());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * The weights of a cache entry already looked up (and so verified) loaded into {@code block}.
     *
     * @return the model (owned by the caller) and the entry's curves
     */
    public static TrainedModel load(CheckpointCache.Entry entry, String methodId, Block block) {
        Model model = TrainingRun.newModel(methodId, block);
        try {
            ParameterFiles.load(model.getBlock(), model.getNDManager(), entry.parametersFile());
            return new TrainedModel(model, entry.lossCurve(), entry.validationCurve(), true, entry.parametersFile());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
