package io.crbench.baselines.ensemble;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.List;

/**
 * A trained {@link LevelEstimationNet} run on whole images: the estimated normalised level of
 * each (QF/100 or σ/50, not clamped), {@value #BATCH} images per forward pass in inference mode.
 * Closing it closes the model.
 */
final class LevelEstimator implements AutoCloseable {
    private static final int BATCH = 128;

    private final Model model;
    private final ParameterStore parameters;

    LevelEstimator(Model model) {
        this.model = model;
        this.parameters = new ParameterStore(model.getNDManager(), false);
        model.getBlock().freezeParameters(true);
    }

    /** The estimate of every image, in order; all images must have one size. */
    synchronized float[] estimate(List<Image8> images) {
        float[] out = new float[images.size()];
        for (int start = 0; start < images.size(); start += BATCH) {
            List<Image8> batch = images.subList(start, Math.min(images.size(), start + BATCH));
            Image8 first = batch.get(0);
            int values = ImageTensors.CHANNELS * first.pixelCount();
            float[] input = new float[batch.size() * values];
            for (int i = 0; i < batch.size(); i++) {
                first.requireSameShape(batch.get(i));
                ImageTensors.writeChw(batch.get(i).toRgb(), input, i * values);
            }
            try (NDManager scope = model.getNDManager().newSubManager()) {
                Shape shape = new Shape(batch.size(), ImageTensors.CHANNELS, first.height(), first.width());
                float[] levels = model.getBlock().forward(parameters, new NDList(scope.create(input, shape)), false)
                        .singletonOrThrow().toFloatArray();
                System.arraycopy(levels, 0, out, start, batch.size());
            }
        }
        return out;
    }

    @Override
    public void close() {
        model.close();
    }
}
