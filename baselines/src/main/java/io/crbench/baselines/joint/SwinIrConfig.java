package io.crbench.baselines.joint;

import io.crbench.experiment.Scale;

/**
 * The size of a {@link SwinIr}: {@code blocks} residual Swin transformer blocks (RSTBs) of
 * {@code layersPerBlock} Swin layers each, {@code embedDim} channels split over {@code heads}
 * attention heads, square attention windows of {@code window} pixels, and an MLP of
 * {@code mlpRatio × embedDim} hidden units.
 *
 * @param embedDim channels of the feature maps (divisible by {@code heads})
 * @param blocks number of RSTBs
 * @param layersPerBlock Swin layers per RSTB; counted over the whole network, every second layer uses
 *     shifted windows
 * @param heads attention heads per layer
 * @param window side of the attention windows; image sides must be multiples of it
 * @param mlpRatio hidden units of the MLP per channel
 */
public record SwinIrConfig(int embedDim, int blocks, int layersPerBlock, int heads, int window, int mlpRatio) {
    public SwinIrConfig {
        if (embedDim < 1 || blocks < 1 || layersPerBlock < 1 || heads < 1 || window < 2 || mlpRatio < 1) {
            throw new IllegalArgumentException("SwinIR needs positive sizes and a window of at least 2, got " + this);
        }
        if (embedDim % heads != 0) {
            throw new IllegalArgumentException("SwinIR embedding " + embedDim + " is not divisible by " + heads
                    + " heads");
        }
    }

    /**
     * SwinIR's JPEG artifact-reduction model (Liang et al. 2021, the configuration of its
     * {@code main_test_swinir.py} for {@code color_jpeg_car}): 6 RSTBs of 6 layers, 180 channels,
     * 6 heads, MLP ratio 2, window 7 (224 = 32 · 7, so the paper's 224 crops need no padding).
     */
    public static SwinIrConfig paper() {
        return new SwinIrConfig(180, 6, 6, 6, 7, 2);
    }

    /**
     * A CPU-sized SwinIR: 2 RSTBs of one layer each (the first plain, the second shifted), 16
     * channels, 2 heads, window 8 (one JPEG block), MLP ratio 2; trains on 96 px patches (12 × 12
     * windows) and runs on 224 crops (28 × 28 windows). Restoring a 224 crop costs about 0.13 s of
     * CPU here, which keeps the nine restored test sets of the Table II suite within budget.
     */
    public static SwinIrConfig ci() {
        return new SwinIrConfig(16, 2, 1, 2, 8, 2);
    }

    /** The configuration of {@code scale}. */
    public static SwinIrConfig of(Scale scale) {
        return scale == Scale.CI ? ci() : paper();
    }

    /** Channels per attention head. */
    public int headDim() {
        return embedDim / heads;
    }
}
