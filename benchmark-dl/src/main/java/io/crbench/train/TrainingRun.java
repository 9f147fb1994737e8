package io.crbench.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import io.crbench.numerics.PyTorchEngine;
import io.crbench.restore.ImageTensors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Trains a network on DJL's PyTorch engine: fresh weights, then {@link Recipe#iterations()} steps
 * of the recipe's optimizer on batches from a {@link BatchSource}, recording every iteration's
 * loss; with an {@link EarlyStopping} rule, fewer, ending on the weights of the best validation
 * check. Restoration networks (NCHW RGB in [0, 1] in, the restored image out) train on a
 * {@link PatchSampler}; classifiers on a {@link LabeledBatchSampler}.
 *
 * <p>Deterministic on CPU: the engine's random seed is set from the recipe before the weights
 * are initialised, and the sampler is seeded, so two runs give the same loss curve. A NaN or
 * infinite loss stops training with a {@link TrainingDivergedException}. The engine's seed and
 * DJL's gradient collector are global, so runs in one JVM must not overlap.
 */
public final class TrainingRun {
    /** The DJL engine every crbench network trains on. */
    public static final String ENGINE = PyTorchEngine.NAME;

    private TrainingRun() {
    }

    /** A model holding {@code block} on the PyTorch engine's default device (a GPU when there is one). */
    public static Model newModel(String methodId, Block block) {
        Model model = PyTorchEngine.newModel(methodId);
        model.setBlock(block);
        return model;
    }

    /**
     * Initialises the weights of {@code model}'s block and trains them. Parameters that already
     * hold values (loaded for a warm start) keep them: DJL initialises only parameters without an
     * array.
     *
     * @param methodId names the method in errors, e.g. {@code arcnn(q=10)}
     * @param model a model from {@link #newModel}; its block is trained in place
     * @param recipe the schedule; its patch size must be the sampler's
     * @param sampler the training batches (seed it from the recipe for a reproducible run)
     * @param loss the objective, evaluated as {@code loss(labels = clean, predictions = output)}
     * @return the loss of every iteration
     * @throws TrainingDivergedException at the first NaN or infinite loss
     */
    public static LossCurve train(String methodId, Model model, Recipe recipe, PatchSampler sampler, Loss loss) {
        return train(methodId, model, recipe, sampler, loss, PatchTargets.CLEAN);
    }

    /**
     * As {@link #train(String, Model, Recipe, PatchSampler, Loss)}, with the loss's labels made by
     * {@code targets} (e.g. clean patch and quality factor).
     */
    public static LossCurve train(String methodId, Model model, Recipe recipe, PatchSampler sampler, Loss loss,
            PatchTargets targets) {
        return train(methodId, model, recipe, patches(methodId, recipe, sampler, targets), loss);
    }

    /**
     * As {@link #train(String, Model, Recipe, PatchSampler, Loss, PatchTargets)}, stopped early by
     * {@code stopping} (null: run every iteration; see
     * {@link #train(String, Model, Recipe, BatchSource, Loss, EarlyStopping)}).
     */
    public static TrainingCurves train(String methodId, Model model, Recipe recipe, PatchSampler sampler, Loss loss,
            PatchTargets targets, EarlyStopping stopping) {
        return train(methodId, model, recipe, patches(methodId, recipe, sampler, targets), loss, stopping);
    }

    private static BatchSource patches(String methodId, Recipe recipe, PatchSampler sampler, PatchTargets targets) {
        if (sampler.patchSize() != recipe.patchSize()) {
            throw new IllegalArgumentException("sampler draws " + sampler.patchSize() + " px patches but the recipe of "
                    + methodId + " says " + recipe.patchSize());
        }
        return new BatchSource() {
            @Override
            public Shape inputShape(int batchSize) {
                return new Shape(batchSize, ImageTensors.CHANNELS, recipe.patchSize(), recipe.patchSize());
            }

            @Override
            public Batch next(int batchSize, NDManager manager) {
                PatchBatch batch = sampler.next(batchSize);
                return new Batch(new NDList(batch.inputs(manager)), targets.of(batch, manager));
            }
        };
    }

    /**
     * Initialises the weights of {@code model}'s block for {@code source}'s input shape and
     * trains them for {@link Recipe#iterations()} steps of the recipe's optimizer.
     *
     * @param methodId names the method in errors
     * @param model a model from {@link #newModel}; its block is trained in place
     * @param recipe the schedule (its patch size is the source's business)
     * @param source the training batches (seed it from the recipe for a reproducible run)
     * @param loss the objective, evaluated as {@code loss(labels, output)}
     * @return the loss of every iteration
     * @throws TrainingDivergedException at the first NaN or infinite loss
     */
    public static LossCurve train(String methodId, Model model, Recipe recipe, BatchSource source, Loss loss) {
        return train(methodId, model, recipe, source, loss, null).training();
    }

    /**
     * As {@link #train(String, Model, Recipe, BatchSource, Loss)}, stopped early by {@code stopping}
     * (null: run every iteration): the recipe's iterations are then a cap, and the block ends with
     * the weights of the best validation check.
     *
     * @return the loss of every iteration run and of every validation check
     * @throws TrainingDivergedException at the first NaN or infinite training or validation loss
     */
    public static TrainingCurves train(String methodId, Model model, Recipe recipe, BatchSource source, Loss loss,
            EarlyStopping stopping) {
        Engine.getEngine(ENGINE).setRandomSeed(recipe.engineSeed());
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(recipe.optimizer())
                .optDevices(new Device[] {model.getNDManager().getDevice()});
        float[] losses = new float[recipe.iterations()];
        int run = 0;
        ValidationCurve validation = ValidationCurve.empty();
        Map<String, float[]> best = null;
        try (Trainer trainer = model.newTrainer(config)) {
            trainer.initialize(source.inputShape(recipe.batchSize()));
            for (int iteration = 1; iteration <= recipe.iterations(); iteration++) {
                // Every array of one step lives in a sub-manager, freed when the step ends.
                try (NDManager step = trainer.getManager().newSubManager()) {
                    BatchSource.Batch batch = source.next(recipe.batchSize(), step);
                    float value;
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray objective = loss.evaluate(batch.labels(), trainer.forward(batch.inputs()));
                        value = objective.getFloat();
                        if (!Float.isFinite(value)) {
                            throw new TrainingDivergedException(methodId, iteration, value);
                        }
                        collector.backward(objective);
                    }
                    trainer.step();
                    losses[iteration - 1] = value;
                }
                run = iteration;
                if (stopping != null && iteration % stopping.checkEvery() == 0) {
                    validation = validation.plus(iteration,
                            validationLoss(methodId, iteration, trainer, loss, stopping.validation()));
                    if (stopping.bestCheck(validation) == validation.size() - 1) {
                        best = parameterValues(model.getBlock());
                    }
                    if (stopping.converged(validation)) {
                        break;
                    }
                }
            }
        }
        if (best != null) {
            restoreParameters(model.getBlock(), best);
        }
        return new TrainingCurves(LossCurve.of(Arrays.copyOf(losses, run)), validation);
    }

    /** The mean loss over {@code set}, images weighted equally, in inference mode and without gradients. */
    private static float validationLoss(String methodId, int iteration, Trainer trainer, Loss loss, ValidationSet set) {
        double sum = 0;
        int n = 0;
        for (PatchBatch batch : set.batches()) {
            try (NDManager manager = trainer.getManager().newSubManager()) {
                NDList output = trainer.evaluate(new NDList(batch.inputs(manager)));
                float value = loss.evaluate(set.labels(batch, manager), output).getFloat();
                if (!Float.isFinite(value)) {
                    throw new TrainingDivergedException(methodId + " (validation)", iteration, value);
                }
                sum += (double) value * batch.size();
                n += batch.size();
            }
        }
        return (float) (sum / n);
    }

    /** A copy of every parameter's values (BatchNorm's running statistics included), by name. */
    private static Map<String, float[]> parameterValues(Block block) {
        Map<String, float[]> values = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            values.put(p.getKey(), p.getValue().getArray().toFloatArray());
        }
        return values;
    }

    private static void restoreParameters(Block block, Map<String, float[]> values) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            p.getValue().getArray().set(values.get(p.getKey()));
        }
    }
}
