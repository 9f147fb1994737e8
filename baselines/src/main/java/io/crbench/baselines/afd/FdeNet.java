package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.nn.AlignedConv2d;
import io.crbench.nn.BlockDct;

/**
 * Seed 002's Feature Drifting Estimation Network (§III-B): the image's block representation
 * ({@link GuidanceInput}, 192 channels at 1/8 resolution) through three stages of 1×1
 * convolutions, so that each 8×8 block's estimate depends on that block alone, to a Feature
 * Drifting Map (FDM) of {@code mapChannels} channels, one value vector per JPEG block.
 * {@link #onFeatureGrid} then spreads each block's value over the feature pixels the block covers.
 *
 * <p>The paper gives the three stages but not their widths; {@value #HIDDEN} channels each, ReLU
 * between stages and a linear last stage are this implementation's choice.
 */
public final class FdeNet extends AbstractBlock {
    /** Channels of the two hidden 1×1 stages. */
    public static final int HIDDEN = 64;
    private static final byte VERSION = 1;

    private final GuidanceInput input;
    private final int mapChannels;
    private final Block stages;

    /**
     * @param input the block representation it reads (not {@link GuidanceInput#NONE})
     * @param mapChannels channels of the FDM
     */
    public FdeNet(GuidanceInput input, int mapChannels) {
        super(VERSION);
        if (input == GuidanceInput.NONE || mapChannels < 1) {
            throw new IllegalArgumentException("FDE-Net needs a block representation and at least one map channel, got "
                    + input + " and " + mapChannels);
        }
        this.input = input;
        this.mapChannels = mapChannels;
        this.stages = addChildBlock("stages", new SequentialBlock()
                .add(pointwise(HIDDEN)).add(Activation.reluBlock())
                .add(pointwise(HIDDEN)).add(Activation.reluBlock())
                .add(pointwise(mapChannels)));
    }

    /**
     * The FDM [N, mapChannels, H', W'] of a block-level map [N, mapChannels, H/8, W/8] on a
     * feature grid of stride {@code stride} (H' = H / stride): each block's value fills the
     * 8/stride × 8/stride feature pixels it covers (stride ≤ 8), or blocks are averaged 2×2, 4×4, …
     * where a feature pixel covers several blocks (stride > 8).
     */
    public static NDArray onFeatureGrid(NDArray blockMap, int stride) {
        if (stride < 1 || (BlockDct.SIZE % stride != 0 && stride % BlockDct.SIZE != 0)) {
            throw new IllegalArgumentException("feature stride must divide 8 or be a multiple of 8, got " + stride);
        }
        if (stride <= BlockDct.SIZE) {
            int r = BlockDct.SIZE / stride;
            return r == 1 ? blockMap : blockMap.repeat(2, r).repeat(3, r);
        }
        Shape window = new Shape(stride / BlockDct.SIZE, stride / BlockDct.SIZE);
        return Pool.avgPool2d(blockMap, window, window, new Shape(0, 0), false, true);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray blocks = input.apply(inputs.singletonOrThrow());
        return stages.forward(parameterStore, new NDList(blocks), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), mapChannels, in.get(2) / BlockDct.SIZE, in.get(3) / BlockDct.SIZE)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        stages.initialize(manager, dataType,
                new Shape(in.get(0), GuidanceInput.CHANNELS, in.get(2) / BlockDct.SIZE, in.get(3) / BlockDct.SIZE));
    }

    /**
     * Multiply-accumulates for an H×W image: the fixed block transform (192 × 3 × 64 per block)
     * and the three stages.
     */
    public long macs(long height, long width) {
        long blocks = (height / BlockDct.SIZE) * (width / BlockDct.SIZE);
        long transform = (long) GuidanceInput.CHANNELS * 3 * BlockDct.COEFFICIENTS;
        long pointwise = (long) GuidanceInput.CHANNELS * HIDDEN + (long) HIDDEN * HIDDEN + (long) HIDDEN * mapChannels;
        return blocks * (transform + pointwise);
    }

    private static Block pointwise(int filters) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(filters));
    }
}
