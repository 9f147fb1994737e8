package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import io.crbench.nn.BlockParameters;

/**
 * Seed 002's Feature Enhancement Network (§III-B, Fig. 5): a small U-Net of {@link RepConv}
 * blocks that predicts a residual for the degraded features of the frozen backbone, guided by the
 * feature drifting map; the output is features + residual.
 *
 * <pre>
 *  enc1  RepConv → w        on [features ‖ FDM]     full resolution
 *  enc2  RepConv → 2w       after 2×2 max-pool      1/2
 *  dec1  RepConv → w        on [×2 nearest(enc2) ‖ enc1]
 *  out   conv 3×3 → C, linear, weights N(0, 10⁻³)   residual
 * </pre>
 * The paper names the parts but not the widths or depth; these are this implementation's. The
 * output layer starts near zero so the untrained module is the identity on the features, and
 * training can only move away from DirectTest as far as the loss asks. Guidance enters by
 * concatenation at the input (Fig. 5 is not in the text copy). Feature sides must be even.
 *
 * <p>{@link #deployed} gives the same network with every RepConv re-parameterised into one 3×3
 * convolution ({@link FusedRepConv}).
 */
public final class FeNet extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int featureChannels;
    private final int guideChannels;
    private final int width;
    private final Block enc1;
    private final Block enc2;
    private final Block dec1;
    private final Conv2d out;

    /**
     * The training form.
     *
     * @param featureChannels channels C of the backbone features it enhances
     * @param guideChannels channels of the FDM concatenated to them (0 without guidance)
     * @param width w
     */
    public FeNet(int featureChannels, int guideChannels, int width) {
        this(featureChannels, guideChannels, width, new RepConv(width), new RepConv(2 * width), new RepConv(width));
    }

    private FeNet(int featureChannels, int guideChannels, int width, Block enc1, Block enc2, Block dec1) {
        super(VERSION);
        if (featureChannels < 1 || guideChannels < 0 || width < 1) {
            throw new IllegalArgumentException("FE-Net needs features, a non-negative guide and a positive width, got "
                    + featureChannels + ", " + guideChannels + ", " + width);
        }
        this.featureChannels = featureChannels;
        this.guideChannels = guideChannels;
        this.width = width;
        this.enc1 = addChildBlock("enc1", enc1);
        this.enc2 = addChildBlock("enc2", enc2);
        this.dec1 = addChildBlock("dec1", dec1);
        this.out = addChildBlock("out", RepConv.conv(3, featureChannels, true));
        out.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
    }

    /**
     * This trained network with every RepConv fused, initialised on {@code manager} for features of
     * shape {@code features}: same outputs up to float rounding, fewer parameters and operations.
     */
    public FeNet deployed(NDManager manager, Shape features) {
        if (!(enc1 instanceof RepConv e1 && enc2 instanceof RepConv e2 && dec1 instanceof RepConv d1)) {
            throw new IllegalStateException("this FE-Net is already deployed");
        }
        Shape full = new Shape(features.get(0), featureChannels + guideChannels, features.get(2), features.get(3));
        Shape half = new Shape(features.get(0), width, features.get(2) / 2, features.get(3) / 2);
        Shape skip = new Shape(features.get(0), 3L * width, features.get(2), features.get(3));
        FeNet deployed = new FeNet(featureChannels, guideChannels, width, FusedRepConv.of(e1, manager, full),
                FusedRepConv.of(e2, manager, half), FusedRepConv.of(d1, manager, skip));
        deployed.out.initialize(manager, DataType.FLOAT32, new Shape(features.get(0), width, features.get(2),
                features.get(3)));
        BlockParameters.copy(out, deployed.out);
        return deployed;
    }

    /**
     * Multiply-accumulates for features of H×W: each block's per-pixel count times the pixels it
     * runs on.
     */
    public long macs(long height, long width) {
        long full = height * width;
        return full * (macsPerPixel(enc1) + macsPerPixel(dec1) + out.getParameters().get("weight").getArray().size())
                + (height / 2) * (width / 2) * macsPerPixel(enc2);
    }

    private static long macsPerPixel(Block b) {
        return b instanceof RepConv r ? r.macsPerPixel() : ((FusedRepConv) b).macsPerPixel();
    }

    /** Inputs: features [N, C, H, W] and, with guidance, the FDM on the same grid [N, G, H, W]. */
    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray features = inputs.get(0);
        Shape s = features.getShape();
        if (s.get(2) % 2 != 0 || s.get(3) % 2 != 0) {
            throw new IllegalArgumentException("FE-Net pools once, so feature sides must be even, got " + s);
        }
        NDArray x = guideChannels > 0 ? features.concat(inputs.get(1), 1) : features;
        NDArray e1 = apply(enc1, parameterStore, x, training, params);
        NDArray e2 = apply(enc2, parameterStore, Pool.maxPool2d(e1, new Shape(2, 2), new Shape(2, 2),
                new Shape(0, 0), false), training, params);
        NDArray d1 = apply(dec1, parameterStore, e2.repeat(2, 2).repeat(3, 2).concat(e1, 1), training, params);
        return new NDList(features.add(apply(out, parameterStore, d1, training, params)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape f = inputShapes[0];
        enc1.initialize(manager, dataType, new Shape(f.get(0), featureChannels + guideChannels, f.get(2), f.get(3)));
        enc2.initialize(manager, dataType, new Shape(f.get(0), width, f.get(2) / 2, f.get(3) / 2));
        dec1.initialize(manager, dataType, new Shape(f.get(0), 3L * width, f.get(2), f.get(3)));
        out.initialize(manager, dataType, new Shape(f.get(0), width, f.get(2), f.get(3)));
    }

    private static NDArray apply(Block block, ParameterStore parameterStore, NDArray x, boolean training,
            PairList<String, Object> params) {
        return block.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
    }
}
