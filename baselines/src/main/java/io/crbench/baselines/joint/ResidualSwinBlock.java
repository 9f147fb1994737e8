package io.crbench.baselines.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.nn.AlignedConv2d;
import java.util.ArrayList;
import java.util.List;

/**
 * SwinIR's residual Swin transformer block (RSTB) on NCHW feature maps: {@code layers} Swin layers,
 * then a 3×3 convolution, around a skip connection: {@code x + conv(SwinLayers(x))}. Layers
 * alternate between plain and shifted windows counted over the whole network, which for SwinIR's
 * even depths is its per-block alternation and with one layer per block still alternates.
 */
final class ResidualSwinBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final List<Block> layers = new ArrayList<>();
    private final Block conv;

    /**
     * @param config the network's sizes
     * @param firstLayer the index of this block's first layer in the whole network (odd layers shift)
     */
    ResidualSwinBlock(SwinIrConfig config, int firstLayer) {
        super(VERSION);
        for (int i = 0; i < config.layersPerBlock(); i++) {
            layers.add(addChildBlock("layer" + i, new SwinLayer(config.embedDim(), config.heads(), config.window(),
                    (firstLayer + i) % 2 == 1, config.mlpRatio())));
        }
        this.conv = addChildBlock("conv", new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3))
                .optPadding(new Shape(1, 1))
                .setFilters(config.embedDim())));
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray tokens = x.transpose(0, 2, 3, 1);
        for (Block layer : layers) {
            tokens = layer.forward(parameterStore, new NDList(tokens), training, params).singletonOrThrow();
        }
        NDArray body = conv.forward(parameterStore, new NDList(tokens.transpose(0, 3, 1, 2)), training, params)
                .singletonOrThrow();
        return new NDList(x.add(body));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape channelLast = new Shape(in.get(0), in.get(2), in.get(3), in.get(1));
        for (Block layer : layers) {
            layer.initialize(manager, dataType, channelLast);
        }
        conv.initialize(manager, dataType, in);
    }
}
