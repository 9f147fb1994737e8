package io.crbench.numerics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant whose operand stays valid for the backward pass. Use these instead of
 * DJL's {@code NDArray.mul(Number)}, {@code div(Number)}, {@code pow(Number)},
 * {@code maximum(Number)} and {@code minimum(Number)}.
 *
 * <p>Why: on the CPU, DJL 0.32's PyTorch engine builds the constant's tensor with
 * {@code torch::from_blob} over a Java direct buffer, runs the op, and closes the constant at once.
 * Autograd has saved that tensor to compute the gradient, but its memory now belongs to a buffer
 * nobody references; the next garbage collection frees it and malloc hands it out again, so a later
 * backward pass multiplies by whatever was written there (values from 1e-30 to 1e+32 were measured,
 * once every 19 steps of a repeated SwinIR step, at any thread count and ISA). The forward value is
 * never wrong, only the gradients of the steps after a collection. Here the constant is made by
 * {@code torch::full}, so its memory belongs to PyTorch and lives as long as autograd needs it.
 */
public final class Scalars {
    private Scalars() {
    }

    /** {@code x · c}. */
    public static NDArray times(NDArray x, float c) {
        try (NDArray constant = constant(x, c)) {
            return x.mul(constant);
        }
    }

    /** {@code x / c}. */
    public static NDArray dividedBy(NDArray x, float c) {
        try (NDArray constant = constant(x, c)) {
            return x.div(constant);
        }
    }

    /** A 0-d array of {@code c} in {@code x}'s manager and type, owned by the engine. */
    private static NDArray constant(NDArray x, float c) {
        return x.getManager().full(new Shape(), c, x.getDataType());
    }
}
