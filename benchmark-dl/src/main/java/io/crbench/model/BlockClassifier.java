package io.crbench.model;

import ai.djl.Model;
import io.crbench.image.Image8;
import java.util.List;

/**
 * A {@link Classifier} running a DJL network trained here (see
 * {@link io.crbench.train.ClassifierTrainer}): images as NCHW RGB floats {@code sample / 255}
 * (gray images as three equal channels, as in training), forward passes of up to {@value #BATCH}
 * images in inference mode (BatchNorm uses its running statistics, dropout is off), the logits
 * as they come. Calls are serialised; the engine uses the cores. Closing it closes the model.
 */
public final class BlockClassifier implements Classifier {
    /** Images per forward pass: small CPU batches run fastest per image here. */
    private static final int BATCH = 128;

    private final String id;
    private final InferenceNetwork network;
    private final int inputSize;
    private final int numClasses;

    /**
     * @param id stable id for results
     * @param model a model whose block holds trained weights; owned from now on
     * @param inputSize side of the square images the network was trained on
     * @param numClasses number of logits per image
     */
    public BlockClassifier(String id, Model model, int inputSize, int numClasses) {
        if (inputSize < 1 || numClasses < 2) {
            throw new IllegalArgumentException("classifier " + id + " needs a positive input size and at least 2"
                    + " classes, got " + inputSize + " and " + numClasses);
        }
        this.id = id;
        this.network = new InferenceNetwork(model);
        this.inputSize = inputSize;
        this.numClasses = numClasses;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public synchronized float[][] logits(List<Image8> images) {
        return BatchedLogits.of(id, images, inputSize, numClasses, BATCH, network::newSubManager,
                x -> network.forward(x).singletonOrThrow());
    }

    @Override
    public void close() {
        network.close();
    }

    @Override
    public String toString() {
        return id;
    }
}
