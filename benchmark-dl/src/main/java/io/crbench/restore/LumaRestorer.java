package io.crbench.restore;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.image.Image8;
import io.crbench.model.InferenceNetwork;

/**
 * A {@link Restorer} running a one-channel network on gray (Y) images, as the JPEG-deblocking
 * literature does (AR-CNN, DnCNN-3): samples / 255 in, one forward pass, the output clamped to
 * [0, 1], ×255 and rounded to 8 bits, as the published evaluations store their results. Colour
 * images are refused: turn them into their Y plane first ({@code YCbCr.lumaImage}). Calls are
 * serialised; the engine uses the cores. Closing the restorer closes the model.
 */
public final class LumaRestorer implements Restorer {
    private final String id;
    private final InferenceNetwork network;

    /**
     * @param id the restorer id, e.g. {@code arcnn-authors(q=10)}
     * @param model a model whose block maps N×1×H×W to the same shape; owned from now on
     */
    public LumaRestorer(String id, Model model) {
        this.id = id;
        this.network = new InferenceNetwork(model);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized Image8 restore(Image8 degraded) {
        if (!degraded.isGray()) {
            throw new IllegalArgumentException(id + " restores gray (Y) images; got " + degraded.describe());
        }
        float[] input = new float[degraded.pixelCount()];
        for (int i = 0; i < input.length; i++) {
            input[i] = degraded.sampleAt(i) / 255f;
        }
        float[] output;
        try (NDManager manager = network.newSubManager()) {
            Shape shape = new Shape(1, 1, degraded.height(), degraded.width());
            output = network.sameShapeOutput(manager.create(input, shape), id).toFloatArray();
        }
        byte[] samples = new byte[output.length];
        for (int i = 0; i < output.length; i++) {
            samples[i] = (byte) Math.round(Math.min(1f, Math.max(0f, output[i])) * 255f);
        }
        return Image8.of(degraded.width(), degraded.height(), 1, samples);
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
