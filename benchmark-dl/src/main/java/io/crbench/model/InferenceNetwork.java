package io.crbench.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/**
 * A trained DJL model run for inference only: its parameters frozen, so the engine keeps no
 * autograd graph and a forward pass holds one layer's activations at a time, and every pass in
 * inference mode (BatchNorm on its running statistics). Closing it closes the model.
 */
public final class InferenceNetwork implements AutoCloseable {
    private final Model model;
    private final ParameterStore parameters;

    /** Takes ownership of {@code model}, whose block holds trained weights, and freezes them. */
    public InferenceNetwork(Model model) {
        this.model = model;
        this.parameters = new ParameterStore(model.getNDManager(), false);
        model.getBlock().freezeParameters(true);
    }

    /** A manager for one pass's arrays, freed when it closes. */
    public NDManager newSubManager() {
        return model.getNDManager().newSubManager();
    }

    /** Every output of the network for {@code input}. */
    public NDList forward(NDArray input) {
        return model.getBlock().forward(parameters, new NDList(input), false);
    }

    /**
     * The first output for {@code input}, which must have the input's shape: the image of an
     * image-to-image network (quality-aware ones also return their quality estimate after it).
     *
     * @param id names the network in the error
     * @throws IllegalStateException when the output's shape differs from the input's
     */
    public NDArray sameShapeOutput(NDArray input, String id) {
        NDArray output = forward(input).get(0);
        if (!output.getShape().equals(input.getShape())) {
            throw new IllegalStateException(id + " returned " + output.getShape() + " for an input of "
                    + input.getShape());
        }
        return output;
    }

    @Override
    public void close() {
        model.close();
    }
}
