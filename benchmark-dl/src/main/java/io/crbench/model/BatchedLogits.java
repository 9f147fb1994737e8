package io.crbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The batching every DJL-network {@link Classifier} shares: checks each image's size, packs
 * batches as NCHW floats in [0, 1], runs the network on each batch in a scope that frees its
 * arrays, and splits the scores back into one row per image.
 */
final class BatchedLogits {
    private BatchedLogits() {
    }

    /**
     * @param id names the classifier in errors
     * @param images inputs, each {@code inputSize}×{@code inputSize}
     * @param batchSize images per forward pass
     * @param scope opens the manager one batch's arrays live in
     * @param forward the network: NCHW RGB in [0, 1] in, N × {@code numClasses} scores out
     */
    static float[][] of(String id, List<Image8> images, int inputSize, int numClasses, int batchSize,
            Supplier<NDManager> scope, Function<NDArray, NDArray> forward) {
        float[][] out = new float[images.size()][];
        int values = ImageTensors.CHANNELS * inputSize * inputSize;
        for (int start = 0; start < images.size(); start += batchSize) {
            List<Image8> batch = images.subList(start, Math.min(images.size(), start + batchSize));
            float[] input = new float[batch.size() * values];
            for (int i = 0; i < batch.size(); i++) {
                Image8 img = batch.get(i);
                if (img.width() != inputSize || img.height() != inputSize) {
                    throw new IllegalArgumentException(id + " takes " + inputSize + "x" + inputSize + " images, got "
                            + img.describe() + " (image " + (start + i) + ")");
                }
                ImageTensors.writeChw(img.toRgb(), input, i * values);
            }
            float[] flat;
            try (NDManager manager = scope.get()) {
                NDArray x = manager.create(input, new Shape(batch.size(), ImageTensors.CHANNELS, inputSize, inputSize));
                flat = forward.apply(x).toFloatArray();
            }
            if (flat.length != batch.size() * numClasses) {
                throw new IllegalStateException(id + " returned " + flat.length + " scores for a batch of "
                        + batch.size() + ", expected " + numClasses + " per image");
            }
            for (int i = 0; i < batch.size(); i++) {
                out[start + i] = new float[numClasses];
                System.arraycopy(flat, i * numClasses, out[start + i], 0, numClasses);
            }
        }
        return out;
    }
}
