package io.crbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * {@code mean((label − prediction)²)}, the loss seed 001's "l2 loss" and PSNR refer to. It takes the
 * place of DJL's {@code L2Loss}, which multiplies by its weight with a constant autograd may read
 * after it was freed (see {@link io.crbench.numerics.Scalars}); with weight 1 the two give the same
 * values and gradients.
 */
public final class MeanSquaredError extends Loss {
    /** The loss named {@code name}. */
    public MeanSquaredError(String name) {
        super(name);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray prediction = predictions.singletonOrThrow();
        return labels.singletonOrThrow().reshape(prediction.getShape()).sub(prediction).square().mean();
    }
}
