package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.nn.BlockParameters;

/**
 * Seed 002's Adaptive Feature De-drifting Module (§III): FDE-Net estimates a feature drifting map
 * from the image's 8×8 blocks, FE-Net enhances the backbone's degraded features under its
 * guidance. Inputs: the RGB batch [N, 3, H, W] in [0, 1] (H, W multiples of 8) and its features
 * at the configured stage [N, C, H/s, W/s]; output: the enhanced features, same shape.
 *
 * <p>{@link #deployed} re-parameterises every RepConv of FE-Net into one 3×3 convolution.
 */
public final class AfdModule extends AbstractBlock {
    private static final byte VERSION = 1;

    private final AfdConfig config;
    private final int featureStride;
    private final FdeNet fdeNet;
    private final FeNet feNet;

    /**
     * The training form.
     *
     * @param config the variant
     * @param featureChannels channels of the backbone features at {@code config.stage()}
     * @param featureStride their down-sampling factor relative to the image
     */
    public AfdModule(AfdConfig config, int featureChannels, int featureStride) {
        this(config, featureStride, config.guidance() == GuidanceInput.NONE ? null
                : new FdeNet(config.guidance(), config.mapChannels()),
                new FeNet(featureChannels, config.guideChannels(), config.width()));
    }

    private AfdModule(AfdConfig config, int featureStride, FdeNet fdeNet, FeNet feNet) {
        super(VERSION);
        this.config = config;
        this.featureStride = featureStride;
        this.fdeNet = fdeNet == null ? null : addChildBlock("fde_net", fdeNet);
        this.feNet = addChildBlock("fe_net", feNet);
    }

    public AfdConfig config() {
        return config;
    }

    /**
     * This trained module with FE-Net re-parameterised, its own copy of every weight, initialised
     * on {@code manager} for images of shape {@code rgb} and features of shape {@code features}.
     */
    public AfdModule deployed(NDManager manager, Shape rgb, Shape features) {
        FdeNet fde = null;
        if (fdeNet != null) {
            fde = new FdeNet(config.guidance(), config.mapChannels());
            fde.initialize(manager, DataType.FLOAT32, rgb);
            BlockParameters.copy(fdeNet, fde);
        }
        return new AfdModule(config, featureStride, fde, feNet.deployed(manager, features));
    }

    /** Multiply-accumulates for one image of H×W whose features are h×w. */
    public long macs(long imageHeight, long imageWidth, long featureHeight, long featureWidth) {
        return (fdeNet == null ? 0 : fdeNet.macs(imageHeight, imageWidth)) + feNet.macs(featureHeight, featureWidth);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray rgb = inputs.get(0);
        NDArray features = inputs.get(1);
        if (fdeNet == null) {
            return feNet.forward(parameterStore, new NDList(features), training, params);
        }
        NDArray blockMap = fdeNet.forward(parameterStore, new NDList(rgb), training, params).singletonOrThrow();
        NDArray map = FdeNet.onFeatureGrid(blockMap, featureStride);
        if (!map.getShape().slice(2).equals(features.getShape().slice(2))) {
            throw new IllegalArgumentException("the drifting map of " + rgb.getShape() + " at stride " + featureStride
                    + " is " + map.getShape() + ", which does not cover features " + features.getShape());
        }
        return feNet.forward(parameterStore, new NDList(features, map), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[1]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        if (fdeNet != null) {
            fdeNet.initialize(manager, dataType, inputShapes[0]);
        }
        feNet.initialize(manager, dataType, inputShapes[1]);
    }
}
