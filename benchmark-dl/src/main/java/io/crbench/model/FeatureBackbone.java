package io.crbench.model;

import ai.djl.ndarray.NDArray;

/**
 * A frozen, differentiable classifier on DJL's PyTorch engine that can be cut at a stage boundary:
 * the task-driven methods (joint restoration–classification, feature de-drifting) back-propagate a
 * loss through it or enhance its intermediate features. Its weights never receive gradients; the
 * arrays passed in may.
 *
 * <p>Inputs are RGB batches, NCHW, float in [0, 1]; the backbone applies its own input
 * normalisation. Stages are numbered {@code 0 .. stageCount()}: stage 0 is the normalised input,
 * stage {@code s >= 1} the output of the s-th stage (see the implementation for what each is).
 */
public interface FeatureBackbone extends AutoCloseable {
    /** Stable id for results, e.g. {@code mobilenetv2-12-int8-dequantized}. */
    String id();

    /** Number of classes of the logits. */
    int numClasses();

    /** Number of stages after the input (the largest valid stage index). */
    int stageCount();

    /** Channels of the features at {@code stage}. */
    int channels(int stage);

    /** Spatial down-sampling factor of the features at {@code stage} relative to the input. */
    int stride(int stage);

    /** The features at {@code stage} of an RGB batch in [0, 1]. */
    NDArray features(NDArray rgb, int stage);

    /** The logits computed from features taken at {@code stage} (the rest of the network). */
    NDArray logitsFrom(NDArray features, int stage);

    /** The logits of an RGB batch in [0, 1]. */
    default NDArray logits(NDArray rgb) {
        return logitsFrom(features(rgb, 0), 0);
    }

    @Override
    void close();
}
