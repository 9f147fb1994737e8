package io.crbench.model;

import ai.djl.ndarray.NDArray;
import io.crbench.image.Image8;
import io.crbench.numerics.PyTorchEngine;
import java.util.List;

/**
 * A {@link FeatureBackbone} used as a plain {@link Classifier}: 8-bit RGB images at the input size
 * in, logits out, in batches. It lets the grids that evaluate ONNX classifiers evaluate the
 * differentiable backbones too, e.g. to check an import against the original model, and, with a
 * {@link FeatureEnhancer}, the backbone with repaired features at one stage.
 */
public final class BackboneClassifier implements Classifier {
    private final FeatureBackbone backbone;
    private final FeatureEnhancer enhancer;
    private final int inputSize;
    private final int batchSize;

    /**
     * @param backbone the network; closed with this classifier
     * @param inputSize width and height every image must have
     * @param batchSize images per forward pass
     */
    public BackboneClassifier(FeatureBackbone backbone, int inputSize, int batchSize) {
        this(backbone, null, inputSize, batchSize);
    }

    /**
     * @param backbone the network; closed with this classifier
     * @param enhancer applied to the backbone's features at its stage (null for none); closed with
     *     this classifier
     * @param inputSize width and height every image must have
     * @param batchSize images per forward pass
     */
    public BackboneClassifier(FeatureBackbone backbone, FeatureEnhancer enhancer, int inputSize, int batchSize) {
        if (inputSize < 1 || batchSize < 1) {
            throw new IllegalArgumentException("input size and batch size must be positive, got " + inputSize + ", "
                    + batchSize);
        }
        if (enhancer != null && (enhancer.stage() < 1 || enhancer.stage() > backbone.stageCount())) {
            throw new IllegalArgumentException(enhancer.id() + " enhances stage " + enhancer.stage() + " but "
                    + backbone.id() + " has stages 1.." + backbone.stageCount());
        }
        this.backbone = backbone;
        this.enhancer = enhancer;
        this.inputSize = inputSize;
        this.batchSize = batchSize;
    }

    @Override
    public String id() {
        return enhancer == null ? backbone.id() : enhancer.id() + "+" + backbone.id();
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
        return BatchedLogits.of(id(), images, inputSize, backbone.numClasses(), batchSize,
                PyTorchEngine::newManager, this::logits);
    }

    private NDArray logits(NDArray rgb) {
        if (enhancer == null) {
            return backbone.logits(rgb);
        }
        int stage = enhancer.stage();
        return backbone.logitsFrom(enhancer.enhance(rgb, backbone.features(rgb, stage)), stage);
    }

    @Override
    public void close() {
        if (enhancer != null) {
            enhancer.close();
        }
        backbone.close();
    }
}
