package io.crbench.baselines.joint;

import ai.djl.nn.Block;
import io.crbench.baselines.restorers.Dncnn;
import io.crbench.experiment.Scale;
import java.util.Locale;

/** The restoration networks seed 000's joint loss trains here: its SwinIR, and a CNN alternative. */
public enum JointRestorerNetwork {
    /** {@link SwinIr} of {@link SwinIrConfig#of(Scale)}, the paper's choice. */
    SWINIR,
    /**
     * The DnCNN of {@link Dncnn#block(Scale)} (residual CNN with BatchNorm), the convolutional
     * alternative: no attention, no window constraint on the image size.
     */
    DNCNN;

    /** A fresh, uninitialised network of {@code scale}. */
    public Block block(Scale scale) {
        return this == SWINIR ? new SwinIr(SwinIrConfig.of(scale)) : Dncnn.block(scale);
    }

    /** Image sides the network needs a multiple of (inputs are padded up to it). */
    public int sizeMultiple(Scale scale) {
        return this == SWINIR ? SwinIrConfig.of(scale).window() : 1;
    }

    /** The name in ids, e.g. {@code swinir}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
