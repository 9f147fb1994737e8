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
import io.crbench.nn.AlignedConv2d;
import io.crbench.nn.Conv2dWeights;
import io.crbench.nn.ConvKernel;
import java.util.List;

/**
 * Seed 002's RepConv block in its training form (§III-C, Fig. 5): three parallel branches on the
 * same input, 1×1 then 3×3, 3×3 then 1×1, and 1×1 alone, summed, then ReLU. Every branch is
 * linear, so {@link #fused()} folds the block into one 3×3 convolution (Eqs. 4–8) that
 * {@link FusedRepConv} runs at deployment.
 *
 * <p>The inner width of both two-convolution branches is the output width ("D can be arbitrary",
 * §III-C1). The 1×1 convolution that opens the first branch has no bias: the 3×3 convolution after
 * it zero-pads its input, and a bias there would reach the padding and make the fused kernel
 * differ at the image borders (Diverse Branch Block pads with the bias instead; dropping it is
 * the simpler exact form).
 */
public final class RepConv extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int filters;
    private final Conv2d firstPointwise;
    private final Conv2d firstSpatial;
    private final Conv2d secondSpatial;
    private final Conv2d secondPointwise;
    private final Conv2d shortcut;

    /** A block with {@code filters} output channels. */
    public RepConv(int filters) {
        super(VERSION);
        if (filters < 1) {
            throw new IllegalArgumentException("RepConv needs at least one filter, got " + filters);
        }
        this.filters = filters;
        this.firstPointwise = addChildBlock("branch1_1x1", conv(1, filters, false));
        this.firstSpatial = addChildBlock("branch1_3x3", conv(3, filters, true));
        this.secondSpatial = addChildBlock("branch2_3x3", conv(3, filters, true));
        this.secondPointwise = addChildBlock("branch2_1x1", conv(1, filters, true));
        this.shortcut = addChildBlock("branch3_1x1", conv(1, filters, true));
    }

    /** Output channels. */
    public int filters() {
        return filters;
    }

    /** The one 3×3 convolution equal to the sum of the three branches (before the ReLU). */
    public ConvKernel fused() {
        ConvKernel first = Conv2dWeights.read(firstPointwise).then(Conv2dWeights.read(firstSpatial));
        ConvKernel second = Conv2dWeights.read(secondSpatial).then(Conv2dWeights.read(secondPointwise));
        return first.plus(second).plus(Conv2dWeights.read(shortcut).padTo(3));
    }

    /** Multiply-accumulates per output pixel of the training form: every weight of the five convolutions. */
    public long macsPerPixel() {
        long macs = 0;
        for (Conv2d c : List.of(firstPointwise, firstSpatial, secondSpatial, secondPointwise, shortcut)) {
            macs += c.getParameters().get("weight").getArray().size();
        }
        return macs;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList x = inputs;
        NDArray first = firstSpatial.forward(parameterStore,
                firstPointwise.forward(parameterStore, x, training, params), training, params).singletonOrThrow();
        NDArray second = secondPointwise.forward(parameterStore,
                secondSpatial.forward(parameterStore, x, training, params), training, params).singletonOrThrow();
        NDArray third = shortcut.forward(parameterStore, x, training, params).singletonOrThrow();
        NDArray sum = first.add(second).add(third);
        return new NDList(Activation.relu(sum));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), filters, in.get(2), in.get(3))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape out = getOutputShapes(inputShapes)[0];
        firstPointwise.initialize(manager, dataType, in);
        firstSpatial.initialize(manager, dataType, out);
        secondSpatial.initialize(manager, dataType, in);
        secondPointwise.initialize(manager, dataType, out);
        shortcut.initialize(manager, dataType, in);
    }

    static Conv2d conv(int size, int filters, boolean bias) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(size, size))
                .optPadding(new Shape(size / 2, size / 2))
                .setFilters(filters).optBias(bias));
    }
}
