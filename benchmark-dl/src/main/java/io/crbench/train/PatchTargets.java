package io.crbench.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * What a training step's loss receives as labels for a batch of patches. Most methods learn only
 * the clean patch ({@link #CLEAN}); a quality-aware method also learns the degradation level of
 * each patch, which the batch's degradation seeds determine; a restorer trained through a
 * classifier also needs the class of each patch's source image ({@link #withClassLabels}).
 */
@FunctionalInterface
public interface PatchTargets {
    /** The clean patches alone. */
    PatchTargets CLEAN = (batch, manager) -> new NDList(batch.targets(manager));

    /**
     * The clean patches and, as an int64 vector {@code [N]}, the class of the training image each
     * patch was cut from.
     *
     * @param classOfImage class index of every training image, in the sampler's image order
     */
    static PatchTargets withClassLabels(int[] classOfImage) {
        int[] classes = classOfImage.clone();
        return (batch, manager) -> {
            long[] labels = new long[batch.size()];
            for (int i = 0; i < labels.length; i++) {
                int source = batch.sourceImage(i);
                if (source >= classes.length) {
                    throw new IllegalArgumentException("patch " + i + " comes from training image " + source
                            + " but only " + classes.length + " class labels were given");
                }
                labels[i] = classes[source];
            }
            return new NDList(batch.targets(manager), manager.create(labels, new Shape(labels.length)));
        };
    }

    /** The labels of {@code batch}, as arrays of {@code manager}. */
    NDList of(PatchBatch batch, NDManager manager);
}
