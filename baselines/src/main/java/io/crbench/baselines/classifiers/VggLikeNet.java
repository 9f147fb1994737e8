package io.crbench.baselines.classifiers;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.crbench.experiment.Scale;
import io.crbench.nn.AlignedConv2d;

/**
 * The classification network of seed 003 (§3.1, Fig. 2): "a VGG-like network" with spatial
 * dropout and convolution pooling instead of max pooling, ending in global average pooling. The
 * text copy of the paper has lost Fig. 2's layer table, so the sizes are ours: three stages of
 * {@code convsPerStage} × (3×3 convolution, BatchNorm, ReLU) at widths w, 2w, 4w, each followed by
 * a 2×2 stride-2 convolution as the pooling (BatchNorm, ReLU) and {@link SpatialDropout}; then
 * global average pooling and a linear layer to the class logits. Inputs are NCHW RGB in [0, 1].
 *
 * <p>{@link Scale#CI}: w = 16, one convolution per stage, dropout 0.1 (about 46 k weights, 7
 * MFLOPs per 32×32 image). {@link Scale#PAPER}: w = 64, two convolutions per stage, dropout 0.25,
 * a VGG-sized network for CIFAR (about 1.5 M weights).
 */
public final class VggLikeNet {
    private VggLikeNet() {
    }

    /** The network of {@code scale} for {@code numClasses} classes. */
    public static Block block(Scale scale, int numClasses) {
        return scale == Scale.CI ? block(16, 1, 0.1f, numClasses) : block(64, 2, 0.25f, numClasses);
    }

    /**
     * @param width channels of the first stage (the others have 2× and 4×)
     * @param convsPerStage 3×3 convolutions before each pooling convolution, at least 1
     * @param dropout spatial dropout rate after each stage
     * @param numClasses logits
     */
    public static Block block(int width, int convsPerStage, float dropout, int numClasses) {
        if (width < 1 || convsPerStage < 1 || numClasses < 2) {
            throw new IllegalArgumentException("VGG-like net needs width >= 1, >= 1 conv per stage and >= 2 classes,"
                    + " got " + width + ", " + convsPerStage + ", " + numClasses);
        }
        SequentialBlock net = new SequentialBlock();
        for (int stage = 0; stage < 3; stage++) {
            int filters = width << stage;
            for (int i = 0; i < convsPerStage; i++) {
                net.add(conv(filters, 3, 1, 1));
            }
            net.add(conv(filters, 2, 2, 0)).add(new SpatialDropout(dropout));
        }
        return net.add(Pool.globalAvgPool2dBlock()).add(Linear.builder().setUnits(numClasses).build());
    }

    /** Convolution (no bias: BatchNorm follows), BatchNorm, ReLU. */
    private static Block conv(int filters, int kernel, int stride, int padding) {
        return new SequentialBlock()
                .add(new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(kernel, kernel))
                        .optStride(new Shape(stride, stride))
                        .optPadding(new Shape(padding, padding)).setFilters(filters).optBias(false)))
                .add(BatchNorm.builder().build())
                .add(Activation::relu);
    }
}
