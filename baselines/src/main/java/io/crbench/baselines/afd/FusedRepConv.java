package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.nn.Conv2dWeights;

/**
 * A {@link RepConv} after structural re-parameterisation: one 3×3 convolution holding
 * {@link RepConv#fused()}, then ReLU.
 */
public final class FusedRepConv extends AbstractBlock {
    private static final byte VERSION = 1;

    private final Conv2d conv;

    private FusedRepConv(int filters) {
        super(VERSION);
        this.conv = addChildBlock("conv3x3", RepConv.conv(3, filters, true));
    }

    /** The deployed form of {@code trained}, initialised for {@code input} and holding its fused kernel. */
    public static FusedRepConv of(RepConv trained, NDManager manager, Shape input) {
        FusedRepConv fused = new FusedRepConv(trained.filters());
        fused.initialize(manager, DataType.FLOAT32, input);
        Conv2dWeights.write(trained.fused(), fused.conv);
        return fused;
    }

    /** Multiply-accumulates per output pixel: the weights of the one convolution. */
    public long macsPerPixel() {
        return conv.getParameters().get("weight").getArray().size();
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray y = conv.forward(parameterStore, inputs, training, params).singletonOrThrow();
        return new NDList(Activation.relu(y));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        conv.initialize(manager, dataType, inputShapes);
    }
}
