package io.crbench.train;

import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import io.crbench.degradation.Degradation;
import java.util.function.Supplier;

/**
 * What to train a classifier on: its network (RGB NCHW in [0, 1] in, one logit per class out),
 * recipe, labelled images, augmentation and the degradation its inputs get (identity for a
 * classifier of clean images; a random JPEG, or a random JPEG followed by a restorer, for the
 * others). The loss is softmax cross-entropy. Hand it to {@link ClassifierTrainer}.
 *
 * @param methodId the classifier and its setting, e.g. {@code vgg-like(jpeg)}
 * @param newBlock makes a fresh, uninitialised network (called once per load or training)
 * @param recipe the schedule; its patch size is the side of the images
 * @param data the labelled images
 * @param augmentation applied to each drawn image before the degradation
 * @param degradation applied to each augmented image; its id must name everything it depends on
 *     (a restorer's id its checkpoint), because it goes into the checkpoint key
 * @param codeVersion the method's code version; bump it when the network or its training changes
 */
public record ClassifierTrainingJob(String methodId, Supplier<Block> newBlock, Recipe recipe, LabeledTrainingSet data,
        RandomAffine augmentation, Degradation degradation, String codeVersion) {
    /** Name of the loss in checkpoint keys. */
    public static final String LOSS = "softmax_cross_entropy";

    public ClassifierTrainingJob {
        if (recipe.patchSize() != data.imageSize()) {
            throw new IllegalArgumentException("the recipe of " + methodId + " is for " + recipe.patchSize()
                    + " px images but " + data.ids() + " holds " + data.imageSize() + " px images");
        }
    }

    /** The objective: DJL's softmax cross-entropy on logits and class indices. */
    public Loss loss() {
        return Loss.softmaxCrossEntropyLoss(LOSS);
    }

    /** The cache key of the classifier this job trains (augmentation and degradation both count). */
    public CheckpointKey checkpointKey() {
        return new CheckpointKey(methodId, recipe.id(), augmentation.id() + "→" + degradation.id(), LOSS, data.ids(),
                recipe.seed(), codeVersion);
    }
}
