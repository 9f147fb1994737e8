package io.crbench.train;

import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import io.crbench.degradation.Degradation;
import java.util.function.Supplier;

/**
 * What to train: a method's network, its recipe and loss, the degradation it learns to undo,
 * and the clean images it learns from. A method builds one per setting (e.g. per QF) and hands
 * it to {@link RestorerTrainer}. A job may start from the trained weights of another job (a warm
 * start, e.g. fine-tuning a pixel-loss restorer with a task loss) instead of fresh ones.
 *
 * @param methodId the method and its setting, e.g. {@code arcnn(q=10)}
 * @param newBlock makes a fresh, uninitialised network (called once per load or training)
 * @param recipe the training schedule
 * @param loss the objective
 * @param degradation applied to clean patches to make the network's inputs
 * @param trainingSet the clean images
 * @param codeVersion the method's code version; bump it when the network or its training changes
 * @param targets the loss's labels per batch ({@link PatchTargets#CLEAN} for pixel losses)
 * @param warmStart the job whose trained weights this one starts from (same architecture), or
 *     null to start from fresh weights
 * @param pretrained weights from outside crbench this one starts from (e.g. a released
 *     classifier's, to fine-tune it), or null; at most one of {@code warmStart} and this
 * @param stopping stops the run once its validation loss stops improving (the recipe's iterations
 *     are then a cap), or null to run every iteration
 */
public record TrainingJob(String methodId, Supplier<Block> newBlock, Recipe recipe, Loss loss,
        Degradation degradation, TrainingSet trainingSet, String codeVersion, PatchTargets targets,
        TrainingJob warmStart, StartingWeights pretrained, EarlyStopping stopping) {
    public TrainingJob {
        if (warmStart != null && pretrained != null) {
            throw new IllegalArgumentException(methodId + " cannot start both from another job's weights and from "
                    + pretrained.id());
        }
    }

    /** A job from fresh weights whose loss learns the clean patch alone. */
    public TrainingJob(String methodId, Supplier<Block> newBlock, Recipe recipe, Loss loss, Degradation degradation,
            TrainingSet trainingSet, String codeVersion) {
        this(methodId, newBlock, recipe, loss, degradation, trainingSet, codeVersion, PatchTargets.CLEAN);
    }

    /** A job from fresh weights. */
    public TrainingJob(String methodId, Supplier<Block> newBlock, Recipe recipe, Loss loss, Degradation degradation,
            TrainingSet trainingSet, String codeVersion, PatchTargets targets) {
        this(methodId, newBlock, recipe, loss, degradation, trainingSet, codeVersion, targets, null, null, null);
    }

    /** This job started from the weights {@code parent} trains. */
    public TrainingJob startingFrom(TrainingJob parent) {
        return new TrainingJob(methodId, newBlock, recipe, loss, degradation, trainingSet, codeVersion, targets,
                parent, null, stopping);
    }

    /** This job started from {@code weights} (a fine-tuning of them). */
    public TrainingJob startingFrom(StartingWeights weights) {
        return new TrainingJob(methodId, newBlock, recipe, loss, degradation, trainingSet, codeVersion, targets,
                null, weights, stopping);
    }

    /** This job stopped early by {@code rule}. */
    public TrainingJob stoppedBy(EarlyStopping rule) {
        return new TrainingJob(methodId, newBlock, recipe, loss, degradation, trainingSet, codeVersion, targets,
                warmStart, pretrained, rule);
    }

    /** This job with the recipe's iterations (a cap, when the job is stopped early) set to {@code cap}. */
    public TrainingJob withIterationCap(int cap) {
        return new TrainingJob(methodId, newBlock, recipe.withIterations(cap), loss, degradation, trainingSet,
                codeVersion, targets, warmStart, pretrained, stopping);
    }

    /**
     * The cache key of the model this job trains; a warm start's key includes its parent's, so a
     * retrained parent also retrains its children, and pretrained weights' key their id.
     */
    public CheckpointKey checkpointKey() {
        // The stopping rule joins the recipe's id only when there is one, so other keys stay as they were.
        String schedule = stopping == null ? recipe.id() : recipe.id() + "+" + stopping.id();
        return new CheckpointKey(methodId, schedule, degradation.id(), loss.getName(), trainingSet.ids(),
                recipe.seed(), codeVersion, warmStart != null ? warmStart.checkpointKey().sha256()
                        : pretrained != null ? pretrained.id() : "");
    }
}
