package io.crbench.train;

import ai.djl.training.loss.L1Loss;
import ai.djl.training.loss.Loss;

/**
 * The plain pixel losses of the papers. DJL's {@link Loss#l2Loss()} is
 * {@code ½·mean((label − prediction)²)}; {@link #mse()} drops the ½ so that a loss value is the
 * MSE that seed 001's "l2 loss" and PSNR refer to.
 */
public final class PixelLosses {
    private PixelLosses() {
    }

    /** Mean squared error, {@code mean((label − prediction)²)}, named {@code mse}. */
    public static MeanSquaredError mse() {
        return new MeanSquaredError("mse");
    }

    /** Mean absolute error, {@code mean(|label − prediction|)}, named {@code l1}. */
    public static L1Loss l1() {
        return new L1Loss("l1", 1f);
    }
}
