package io.crbench.baselines.restorers;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.initializer.NormalInitializer;
import io.crbench.experiment.Scale;
import io.crbench.nn.AlignedConv2d;
import io.crbench.train.Recipe;

/**
 * DnCNN (Zhang, Zuo, Chen, Meng, Zhang, TIP 2017), one of seed 002's competing restorers: conv
 * 3×3 + ReLU, then {@code depth − 2} × (conv 3×3 without bias + BatchNorm + ReLU), then a linear
 * conv 3×3 back to RGB, with residual learning (output = input + network(input); the network
 * predicts the negated artifact). At depth 17 and width 64 it has 556,416 weights plus BatchNorm,
 * seed 002 Table IX's 0.56 M. BatchNorm uses ε = 10⁻⁴ and PyTorch momentum 0.95 as the authors'
 * PyTorch code (DJL momentum 0.05: DJL keeps {@code momentum} of the old running statistic). One
 * model per JPEG quality factor, trained with the MSE.
 *
 * <p>The last convolution starts near zero (weights N(0, 10⁻³)) so the network starts as the
 * identity. {@link Scale#CI} uses a shallower and narrower network, depth 8 and width 32, which
 * trains in about 1.5 min on 2 cores; {@link Scale#PAPER} uses depth 17, width 64.
 */
public final class Dncnn {
    /** Bump when the network or its training changes: cached checkpoints are then retrained. */
    public static final String CODE_VERSION = "dncnn-1";
    /** One network per JPEG quality, trained on CBSD68 (or loaded from the checkpoint cache). */
    public static final PerQualityRestorer PER_QUALITY = new PerQualityRestorer("dncnn", CODE_VERSION, Dncnn::block,
            Dncnn::recipe);
    /** Depth of the paper's DnCNN-S / seed 002's model. */
    public static final int PAPER_DEPTH = 17;
    /** Width of the paper's model. */
    public static final int PAPER_WIDTH = 64;
    /** Depth at CI scale. */
    public static final int CI_DEPTH = 8;
    /** Width at CI scale. */
    public static final int CI_WIDTH = 32;

    private Dncnn() {
    }

    /** The network of {@code scale}. */
    public static Block block(Scale scale) {
        return scale == Scale.CI ? block(CI_DEPTH, CI_WIDTH) : block(PAPER_DEPTH, PAPER_WIDTH);
    }

    /** DnCNN with {@code depth} convolutions of {@code width} channels. */
    public static Block block(int depth, int width) {
        if (depth < 2 || width < 1) {
            throw new IllegalArgumentException("DnCNN needs depth >= 2 and width >= 1, got " + depth + ", " + width);
        }
        SequentialBlock body = new SequentialBlock().add(conv(width, true)).add(Activation::relu);
        for (int i = 0; i < depth - 2; i++) {
            body.add(conv(width, false))
                    .add(BatchNorm.builder().optEpsilon(1e-4f).optMomentum(0.05f).build())
                    .add(Activation::relu);
        }
        Block reconstruction = conv(3, false);
        reconstruction.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
        return GlobalResidual.around(body.add(reconstruction));
    }

    private static Block conv(int filters, boolean bias) {
        return new AlignedConv2d(Conv2d.builder()
                .setKernelShape(new Shape(3, 3))
                .optPadding(new Shape(1, 1))
                .setFilters(filters)
                .optBias(bias));
    }

    /**
     * The training schedule. CI: 48 px patches, batch 16, 800 Adam steps at 10⁻³. PAPER: the
     * paper's 50 px patches (DnCNN-3) and batch 128, with the authors' PyTorch schedule, Adam at
     * 10⁻³ (β 0.9, 0.999) for 180 epochs, ×0.2 after epochs 30, 60 and 90, an epoch standing for
     * 1,000 steps (our choice).
     */
    public static Recipe recipe(Scale scale) {
        return scale == Scale.CI
                ? Recipe.adam(Scale.CI, 48, 16, 800, 1e-3f, 0)
                : Recipe.adam(Scale.PAPER, 50, 128, 180_000, 1e-3f, 0).withMilestones(0.2f, 30_000, 60_000, 90_000);
    }
}
