package io.crbench.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Where {@link TrainingRun} gets its batches: the network's inputs and the loss's labels for each
 * step. Image patches for restorers ({@link PatchSampler}), labelled images for classifiers
 * ({@link LabeledBatchSampler}), or precomputed arrays. A source is seeded, so two sources built
 * alike give the same batches in the same order.
 */
public interface BatchSource {
    /** The shape of one batch's first input, to initialise a network with. */
    Shape inputShape(int batchSize);

    /** The next batch, as arrays of {@code manager} (freed when the step ends). */
    Batch next(int batchSize, NDManager manager);

    /**
     * One training step's arrays.
     *
     * @param inputs what the network is given
     * @param labels what the loss compares its output with
     */
    record Batch(NDList inputs, NDList labels) {
    }
}
