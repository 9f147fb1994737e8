package io.crbench.baselines.classifiers;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.crbench.experiment.Scale;
import io.crbench.nn.AlignedConv2d;
import java.util.List;

/**
 * The CIFAR ResNet of He et al. (CVPR 2016, §4.2), ResNet-(6n+2): a 3×3 stem of 16 channels,
 * three stages of n basic blocks (two 3×3 convolutions with BatchNorm, identity shortcut) at 16,
 * 32 and 64 channels, the first block of stages 2 and 3 striding by 2 with a 1×1 projection
 * shortcut, then global average pooling and a linear layer. Inputs are NCHW RGB in [0, 1]. A
 * second, non-VGG architecture, so a finding about "a classifier of clean images" is not a
 * finding about one network family.
 *
 * <p>{@link Scale#CI}: n = 1 (ResNet-8, about 78 k weights). {@link Scale#PAPER}: n = 3 (ResNet-20,
 * 0.27 M weights, the paper's smallest CIFAR model).
 */
public final class SmallResNet {
    private SmallResNet() {
    }

    /** The network of {@code scale} for {@code numClasses} classes. */
    public static Block block(Scale scale, int numClasses) {
        return block(scale == Scale.CI ? 1 : 3, numClasses);
    }

    /** ResNet-(6n+2) with {@code blocksPerStage} = n. */
    public static Block block(int blocksPerStage, int numClasses) {
        if (blocksPerStage < 1 || numClasses < 2) {
            throw new IllegalArgumentException("ResNet needs >= 1 block per stage and >= 2 classes, got "
                    + blocksPerStage + ", " + numClasses);
        }
        SequentialBlock net = new SequentialBlock().add(conv(16, 3, 1)).add(BatchNorm.builder().build())
                .add(Activation::relu);
        for (int stage = 0; stage < 3; stage++) {
            for (int b = 0; b < blocksPerStage; b++) {
                net.add(basicBlock(16 << stage, stage > 0 && b == 0 ? 2 : 1));
            }
        }
        return net.add(Pool.globalAvgPool2dBlock()).add(Linear.builder().setUnits(numClasses).build());
    }

    /** relu(F(x) + shortcut(x)), F = conv-BN-ReLU-conv-BN. */
    private static Block basicBlock(int filters, int stride) {
        Block residual = new SequentialBlock()
                .add(conv(filters, 3, stride)).add(BatchNorm.builder().build()).add(Activation::relu)
                .add(conv(filters, 3, 1)).add(BatchNorm.builder().build());
        Block shortcut = stride == 1
                ? Blocks.identityBlock()
                : new SequentialBlock().add(conv(filters, 1, stride)).add(BatchNorm.builder().build());
        return new SequentialBlock()
                .add(new ParallelBlock(branches -> new NDList(branches.get(0).singletonOrThrow()
                        .add(branches.get(1).singletonOrThrow())), List.of(residual, shortcut)))
                .add(Activation::relu);
    }

    private static Block conv(int filters, int kernel, int stride) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).optBias(false));
    }
}
