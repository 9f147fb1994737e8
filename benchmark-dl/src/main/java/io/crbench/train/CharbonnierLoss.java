package io.crbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Charbonnier loss, a smooth L1: the mean over all values of {@code sqrt((prediction − label)² + ε²)}
 * (seed 000 trains its restorer with it). ε enters squared, as in MPRNet and SwinIR's
 * restoration code with ε = 10⁻³; BasicSR's variant adds ε unsquared (10⁻¹²), which differs only
 * near zero error.
 */
public final class CharbonnierLoss extends Loss {
    /** ε = 10⁻³ on the [0, 1] scale. */
    public static final float DEFAULT_EPSILON = 1e-3f;

    private final float epsilon;

    /** Charbonnier with ε = {@value #DEFAULT_EPSILON}. */
    public CharbonnierLoss() {
        this(DEFAULT_EPSILON);
    }

    /** Charbonnier with the given ε (> 0), named {@code charbonnier}. */
    public CharbonnierLoss(float epsilon) {
        super("charbonnier");
        if (!(epsilon > 0) || Float.isInfinite(epsilon)) {
            throw new IllegalArgumentException("Charbonnier epsilon must be positive and finite, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    public float epsilon() {
        return epsilon;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray prediction = predictions.singletonOrThrow();
        NDArray diff = prediction.sub(labels.singletonOrThrow().reshape(prediction.getShape()));
        return diff.square().add(epsilon * epsilon).sqrt().mean();
    }
}
