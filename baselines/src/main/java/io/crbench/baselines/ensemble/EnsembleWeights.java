package io.crbench.baselines.ensemble;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * A trained {@link EnsembleWeightNet} in inference mode: estimated levels in, the two ensemble
 * weights of each out. Closing it closes the model.
 */
final class EnsembleWeights implements AutoCloseable {
    private final Model model;
    private final ParameterStore parameters;

    EnsembleWeights(Model model) {
        this.model = model;
        this.parameters = new ParameterStore(model.getNDManager(), false);
        model.getBlock().freezeParameters(true);
    }

    /** {@code [i][0]} weighs the clean-trained classifier, {@code [i][1]} the restored-trained one. */
    synchronized float[][] of(float[] levels) {
        float[] flat;
        try (NDManager scope = model.getNDManager().newSubManager()) {
            flat = model.getBlock().forward(parameters,
                    new NDList(scope.create(levels, new Shape(levels.length, 1))), false)
                    .singletonOrThrow().toFloatArray();
        }
        float[][] out = new float[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            out[i] = new float[] {flat[2 * i], flat[2 * i + 1]};
        }
        return out;
    }

    @Override
    public void close() {
        model.close();
    }
}
