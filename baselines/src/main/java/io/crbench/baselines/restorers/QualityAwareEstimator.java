package io.crbench.baselines.restorers;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import io.crbench.nn.AlignedConv2d;

/**
 * The quality-estimation module of seed 004 (Atherya et al., §III-B A and §III-C E): a small CNN
 * over the degraded NCHW RGB image, global average pooling and a two-layer head ending in a
 * sigmoid, giving one value per image of shape [N, 1] in [0, 1]. The value is trained against
 * QF/100 (see {@link QualityAwareLoss}), so it reads as normalised quality; the paper's
 * "compression severity" is its complement. Three stride-2 convolutions give an 8-pixel stride,
 * the JPEG block size, before pooling; pooling makes any input size acceptable.
 */
public final class QualityAwareEstimator extends SequentialBlock {

    /** @param width channels of the first convolution; the deeper ones use {@code 2 * width} */
    public QualityAwareEstimator(int width) {
        add(conv(width, 1)).add(Activation.reluBlock());
        add(conv(width, 2)).add(Activation.reluBlock());
        add(conv(2 * width, 2)).add(Activation.reluBlock());
        add(conv(2 * width, 2)).add(Activation.reluBlock());
        add(Pool.globalAvgPool2dBlock());
        add(Linear.builder().setUnits(width).build()).add(Activation.reluBlock());
        add(Linear.builder().setUnits(1).build()).add(Activation.sigmoidBlock());
    }

    private static Block conv(int filters, int stride) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .optStride(new Shape(stride, stride)).setFilters(filters));
    }
}
