package io.crbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.restore.ImageTensors;

/**
 * One training batch of RGB patches: degraded inputs and clean targets, NCHW floats in [0, 1],
 * the image seed each input was degraded with (so that a quality-aware method can ask a random
 * degradation which QF it drew) and the training image each patch was cut from (so that a loss can
 * look up that image's class).
 */
public final class PatchBatch {
    private final int size;
    private final int patchSize;
    private final float[] inputs;
    private final float[] targets;
    private final long[] degradationSeeds;
    private final int[] sourceImages;

    PatchBatch(int size, int patchSize, float[] inputs, float[] targets, long[] degradationSeeds,
            int[] sourceImages) {
        this.size = size;
        this.patchSize = patchSize;
        this.inputs = inputs;
        this.targets = targets;
        this.degradationSeeds = degradationSeeds;
        this.sourceImages = sourceImages;
    }

    /** Number of patches N. */
    public int size() {
        return size;
    }

    public int patchSize() {
        return patchSize;
    }

    /** (N, 3, patch, patch). */
    public Shape shape() {
        return new Shape(size, ImageTensors.CHANNELS, patchSize, patchSize);
    }

    /** The degraded patches as an NCHW array on {@code manager}. */
    public NDArray inputs(NDManager manager) {
        return manager.create(inputs, shape());
    }

    /** The clean patches as an NCHW array on {@code manager}. */
    public NDArray targets(NDManager manager) {
        return manager.create(targets, shape());
    }

    /** A copy of the degraded patches, NCHW. */
    public float[] inputValues() {
        return inputs.clone();
    }

    /** A copy of the clean patches, NCHW. */
    public float[] targetValues() {
        return targets.clone();
    }

    /** The image seed patch i was degraded with. */
    public long degradationSeed(int i) {
        return degradationSeeds[i];
    }

    /** The index, in the sampler's training images, of the image patch i was cut from. */
    public int sourceImage(int i) {
        return sourceImages[i];
    }
}
