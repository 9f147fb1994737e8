package io.crbench.baselines.restorers;

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
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.nn.AlignedConv2d;
import io.crbench.numerics.Scalars;

/**
 * A basic processing block of seed 004 (Atherya et al., §III-C B and E): conv 3×3 – ReLU – conv 3×3
 * with a residual skip, whose branch is scaled channel-wise by the estimated quality. Input is
 * {@code NDList(features [N,C,H,W], quality [N,1])}, output {@code NDList(features)}:
 * {@code x + s(q) ⊙ conv(relu(conv(x)))} with {@code s(q) = 2·sigmoid(MLP(q))}, so each channel can
 * be suppressed towards 0 or amplified up to ×2 ("amplify or suppress certain feature channels
 * depending on the image's degradation level", §III-B D), starting near ×1 for small MLP outputs.
 */
public final class QualityAwareProcessingBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int channels;
    private final Block first;
    private final Block second;
    private final Block modulation;

    /** @param channels feature channels in and out; also the hidden size of the quality MLP */
    public QualityAwareProcessingBlock(int channels) {
        super(VERSION);
        this.channels = channels;
        first = addChildBlock("conv1", conv3x3(channels));
        second = addChildBlock("conv2", conv3x3(channels));
        modulation = addChildBlock("quality_mlp", new SequentialBlock()
                .add(Linear.builder().setUnits(channels).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(channels).build()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray quality = inputs.get(1);
        NDArray branch = first.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
        branch = second.forward(parameterStore, new NDList(Activation.relu(branch)), training, params)
                .singletonOrThrow();
        NDArray scale = Scalars.times(Activation.sigmoid(modulation.forward(parameterStore, new NDList(quality),
                training, params).singletonOrThrow()), 2).reshape(x.getShape().get(0), channels, 1, 1);
        return new NDList(x.add(branch.mul(scale)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        first.initialize(manager, dataType, inputShapes[0]);
        second.initialize(manager, dataType, inputShapes[0]);
        modulation.initialize(manager, dataType, inputShapes[1]);
    }

    private static Block conv3x3(int filters) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .setFilters(filters));
    }
}
