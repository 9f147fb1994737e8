package io.crbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.List;

/**
 * A {@link FeatureBackbone} used as a plain {@link Classifier}: 8-bit RGB images at the input size
 * in, logits out, in batches. It lets the grids that evaluate ONNX classifiers evaluate the
 * differentiable backbones too, e.g. to check an import against the original model.
 */
public final class BackboneClassifier implements Classifier {
    private final FeatureBackbone backbone;
    private final int inputSize;
    private final int batchSize;

    /**
     * @param backbone the network; closed with this classifier
     * @param inputSize width and height every image must have
     * @param batchSize images per forward pass
     */
    public BackboneClassifier(FeatureBackbone backbone, int inputSize, int batchSize) {
        if (inputSize < 1 || batchSize < 1) {
            throw new IllegalArgumentException("input size and batch size must be positive, got " + inputSize + ", "
                    + batchSize);
        }
        this.backbone = backbone;
        this.inputSize = inputSize;
        this.batchSize = batchSize;
    }

    @Override
    public String id() {
        return backbone.id();
    }

    @Override
    public int numClasses() {
        return backbone.numClasses();
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public float[][] logits(List<Image8> images) {
        float[][] out = new float[images.size()][];
        int plane = ImageTensors.CHANNELS * inputSize * inputSize;
        for (int start = 0; start < images.size(); start += batchSize) {
            List<Image8> batch = images.subList(start, Math.min(images.size(), start + batchSize));
            float[] chw = new float[batch.size() * plane];
            for (int i = 0; i < batch.size(); i++) {
                Image8 img = batch.get(i);
                if (img.width() != inputSize || img.height() != inputSize) {
                    throw new IllegalArgumentException(id() + " needs " + inputSize + "x" + inputSize + " inputs, got "
                            + img.describe() + " (image " + (start + i) + ")");
                }
                ImageTensors.writeChw(img.toRgb(), chw, i * plane);
            }
            try (NDManager scope = NDManager.newBaseManager("PyTorch")) {
                NDArray x = scope.create(chw, new Shape(batch.size(), ImageTensors.CHANNELS, inputSize, inputSize));
                float[] flat = backbone.logits(x).toFloatArray();
                int k = backbone.numClasses();
                for (int i = 0; i < batch.size(); i++) {
                    out[start + i] = new float[k];
                    System.arraycopy(flat, i * k, out[start + i], 0, k);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        backbone.close();
    }
}
