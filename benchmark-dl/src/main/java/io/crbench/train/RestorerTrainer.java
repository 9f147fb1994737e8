package io.crbench.train;

import ai.djl.Model;
import ai.djl.nn.Block;
import io.crbench.restore.BlockRestorer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gets trained weights for a {@link TrainingJob}: from the {@link CheckpointCache} when an entry
 * for its key exists, else by training (see {@link TrainingRun}) and storing the result; or from
 * a user-supplied parameter file. A warm-started job first gets its parent's weights the same way
 * (cached or trained) and trains on from them; a job with pretrained weights trains on from those.
 */
public final class RestorerTrainer {
    private final CheckpointCache cache;

    public RestorerTrainer(CheckpointCache cache) {
        this.cache = cache;
    }

    /** A trainer on {@link CheckpointCache#fromEnvironment()}. */
    public static RestorerTrainer fromEnvironment() {
        return new RestorerTrainer(CheckpointCache.fromEnvironment());
    }

    public CheckpointCache cache() {
        return cache;
    }

    /** The cached model of {@code job}, or a freshly trained (and then cached) one. */
    public TrainedModel loadOrTrain(TrainingJob job) {
        return CachedTraining.loadOrTrain(cache, job.checkpointKey(), job.methodId(), job.newBlock().get(), model -> {
            if (job.warmStart() != null) {
                try (TrainedModel parent = loadOrTrain(job.warmStart())) {
                    ParameterFiles.load(model.getBlock(), model.getNDManager(), parent.parametersFile());
                }
            } else if (job.pretrained() != null) {
                job.pretrained().loadInto(model);
            }
            Recipe recipe = job.recipe();
            PatchSampler sampler = new PatchSampler(job.trainingSet().images(), job.degradation(), recipe.patchSize(),
                    recipe.augmentation(), recipe.seed());
            return TrainingRun.train(job.methodId(), model, recipe, sampler, job.loss(), job.targets(), job.stopping());
        });
    }

    /**
     * The model of {@code job}, an early-stopped job whose cap was raised from {@code earlierCap}:
     * when the job itself is not cached, a cached run of the same job under {@code earlierCap} that
     * converged is its run. Nothing in training depends on the cap before the cap is reached (the
     * schedule, the batches and the validation checks are the same), so that run would stop at the
     * same iteration with the same weights under any larger cap. A run that hit the earlier cap is
     * not reused: the job is trained from its starting weights under its own cap.
     *
     * @throws IllegalArgumentException if the job is not stopped early or its cap is not larger
     */
    public TrainedModel loadOrTrain(TrainingJob job, int earlierCap) {
        if (job.stopping() == null || earlierCap < 1 || earlierCap >= job.recipe().iterations()) {
            throw new IllegalArgumentException(job.methodId() + ": a run can stand for a raised cap only if it is"
                    + " stopped early and the earlier cap is smaller, got earlier cap " + earlierCap + " and cap "
                    + job.recipe().iterations() + (job.stopping() == null ? " without a stopping rule" : ""));
        }
        Optional<CheckpointCache.Entry> own = cache.lookup(job.checkpointKey());
        if (own.isPresent()) {
            return CachedTraining.load(own.get(), job.methodId(), job.newBlock().get());
        }
        Optional<CheckpointCache.Entry> earlier = cache.lookup(job.withIterationCap(earlierCap).checkpointKey());
        if (earlier.isPresent() && job.stopping().converged(earlier.get().validationCurve())) {
            return CachedTraining.load(earlier.get(), job.methodId(), job.newBlock().get());
        }
        return loadOrTrain(job);
    }

    /** A restorer named {@code restorerId} running the cached or freshly trained model of {@code job}. */
    public BlockRestorer restorer(String restorerId, TrainingJob job) {
        return new BlockRestorer(restorerId, loadOrTrain(job).model());
    }

    /** A restorer named {@code restorerId} running {@code block} with weights from a user-supplied file. */
    public static BlockRestorer restorerFromFile(String restorerId, Block block, Path parametersFile) {
        return new BlockRestorer(restorerId, load(restorerId, block, parametersFile).model());
    }

    /**
     * A model with weights from a user-supplied file in {@link ParameterFiles}' format, e.g. a
     * cache entry's {@value CheckpointCache#PARAMETERS_FILE} trained on a GPU box.
     *
     * @param methodId names the model
     * @param block a fresh network of the architecture the file was saved from
     * @param parametersFile the weights
     */
    public static TrainedModel load(String methodId, Block block, Path parametersFile) {
        Model model = TrainingRun.newModel(methodId, block);
        try {
            ParameterFiles.load(block, model.getNDManager(), parametersFile);
            return new TrainedModel(model, LossCurve.empty(), ValidationCurve.empty(), true, parametersFile);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
