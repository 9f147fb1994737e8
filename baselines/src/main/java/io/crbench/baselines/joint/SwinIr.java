package io.crbench.baselines.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import io.crbench.nn.AlignedConv2d;
import java.util.ArrayList;
import java.util.List;

/**
 * SwinIR (Liang et al. 2021), the restorer of seed 000, in its JPEG artifact-reduction form, NCHW
 * RGB in [0, 1] in and out:
 * <pre>
 *   f   = conv3×3(x)                                   shallow features, C channels
 *   d   = conv3×3(LayerNorm(RSTB_K(… RSTB_1(f))))      deep features
 *   out = x + conv3×3(d + f)                           back to RGB, global residual to the input
 * </pre>
 * with the RSTBs of {@link ResidualSwinBlock} (window attention with relative position bias,
 * shifted windows on every second layer, LayerNorm, GELU MLP). The last convolution starts near
 * zero (N(0, 10⁻³)) so the untrained network is the identity, as the CI-scale CNN restorers here.
 *
 * <p>Image sides must be multiples of the window; a {@link io.crbench.restore.BlockRestorer} with
 * size multiple {@link #sizeMultiple()} pads other sizes.
 */
public final class SwinIr extends AbstractBlock {
    private static final byte VERSION = 1;
    private static final int IMAGE_CHANNELS = 3;
    private static final int CHANNEL_AXIS = 3;

    private final SwinIrConfig config;
    private final Block shallow;
    private final List<Block> blocks = new ArrayList<>();
    private final Block norm;
    private final Block afterBody;
    private final Block reconstruction;

    public SwinIr(SwinIrConfig config) {
        super(VERSION);
        this.config = config;
        this.shallow = addChildBlock("conv_first", conv3x3(config.embedDim()));
        for (int i = 0; i < config.blocks(); i++) {
            blocks.add(addChildBlock("rstb" + i, new ResidualSwinBlock(config, i * config.layersPerBlock())));
        }
        this.norm = addChildBlock("norm", LayerNorm.builder().axis(CHANNEL_AXIS).build());
        this.afterBody = addChildBlock("conv_after_body", conv3x3(config.embedDim()));
        this.reconstruction = addChildBlock("conv_last", conv3x3(IMAGE_CHANNELS));
        reconstruction.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
    }

    public SwinIrConfig config() {
        return config;
    }

    /** Image sides must be multiples of this (the attention window). */
    public int sizeMultiple() {
        return config.window();
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray features = apply(shallow, parameterStore, x, training, params);
        NDArray deep = features;
        for (Block block : blocks) {
            deep = apply(block, parameterStore, deep, training, params);
        }
        deep = apply(norm, parameterStore, deep.transpose(0, 2, 3, 1), training, params).transpose(0, 3, 1, 2);
        NDArray residual = apply(afterBody, parameterStore, deep, training, params).add(features);
        return new NDList(x.add(apply(reconstruction, parameterStore, residual, training, params)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape features = new Shape(in.get(0), config.embedDim(), in.get(2), in.get(3));
        shallow.initialize(manager, dataType, in);
        for (Block block : blocks) {
            block.initialize(manager, dataType, features);
        }
        norm.initialize(manager, dataType, new Shape(in.get(0), in.get(2), in.get(3), config.embedDim()));
        afterBody.initialize(manager, dataType, features);
        reconstruction.initialize(manager, dataType, features);
    }

    private static NDArray apply(Block block, ParameterStore parameterStore, NDArray x, boolean training,
            PairList<String, Object> params) {
        return block.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
    }

    private static Block conv3x3(int filters) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .setFilters(filters));
    }
}
