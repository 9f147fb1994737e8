package io.crbench.baselines.restorers;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.NormalInitializer;
import io.crbench.experiment.Scale;
import io.crbench.nn.AlignedConv2d;
import java.util.Arrays;

/**
 * The restoration network of seed 003 (§3.1, Fig. 2): "almost the same network as proposed in
 * [15], where a batch normalization is omitted". Fig. 2 gives each layer a dilation rate d, and
 * the text copy has lost the reference list, so crbench takes [15] to be IRCNN's denoiser (Zhang,
 * Zuo, Gu, Zhang, CVPR 2017): 3×3 convolutions with dilations 1, 2, 3, 4, 3, 2, 1, ReLU after all
 * but the last, 64 channels, learning the residual (output = input + network(input)). Without
 * BatchNorm, the last convolution starts near zero (weights N(0, 10⁻³)) so training starts from
 * the identity. Inputs and outputs are NCHW RGB in [0, 1].
 *
 * <p>{@link Scale#CI}: dilations 1, 2, 1 and 16 channels (11 MFLOPs per 32×32 image);
 * {@link Scale#PAPER}: IRCNN's seven layers at 64 channels.
 */
public final class DilatedRestorationNet {
    /** IRCNN's dilations. */
    static final int[] PAPER_DILATIONS = {1, 2, 3, 4, 3, 2, 1};
    /** CI dilations: the same rise and fall, shorter. */
    static final int[] CI_DILATIONS = {1, 2, 1};

    private DilatedRestorationNet() {
    }

    /** The network of {@code scale}. */
    public static Block block(Scale scale) {
        return scale == Scale.CI ? block(16, CI_DILATIONS) : block(64, PAPER_DILATIONS);
    }

    /**
     * @param width channels of every hidden layer
     * @param dilations dilation of each convolution, the last one outputting RGB
     */
    public static Block block(int width, int... dilations) {
        if (width < 1 || dilations.length < 2 || Arrays.stream(dilations).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("need width >= 1 and >= 2 convolutions with dilations >= 1, got width "
                    + width + ", dilations " + Arrays.toString(dilations));
        }
        SequentialBlock body = new SequentialBlock();
        for (int i = 0; i < dilations.length - 1; i++) {
            body.add(conv(width, dilations[i])).add(Activation::relu);
        }
        Block reconstruction = conv(3, dilations[dilations.length - 1]);
        reconstruction.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
        return GlobalResidual.around(body.add(reconstruction));
    }

    /** 3×3 convolution with dilation d and "same" padding. */
    private static Block conv(int filters, int dilation) {
        return new AlignedConv2d(Conv2d.builder()
                .setKernelShape(new Shape(3, 3))
                .optDilation(new Shape(dilation, dilation))
                .optPadding(new Shape(dilation, dilation))
                .setFilters(filters));
    }
}
