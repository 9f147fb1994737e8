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
import io.crbench.train.Recipe;

/**
 * AR-CNN (Dong, Deng, Loy, Tang, ICCV 2015), one of seed 002's competing restorers: four
 * convolutions, feature extraction 9×9×64, feature enhancement 7×7×32, mapping 1×1×16 (each
 * followed by ReLU, the paper's {@code max(0, ·)}), and a linear 5×5 reconstruction. Input and
 * output are RGB, as in seed 002's retrained model (117,616 parameters, seed 002 Table IX:
 * 0.12 M); the ICCV paper works on the Y channel. Convolutions are zero-padded to keep the size
 * (the paper trains without padding on sub-images). One model per JPEG quality factor, trained
 * with the MSE of the paper.
 *
 * <p>At {@link Scale#CI} the network learns the residual (output = input + network(input)) and
 * its last layer starts near zero (weights N(0, 10⁻³)), so it starts as the identity: the plain
 * AR-CNN, trained for a few hundred iterations, is still well below the JPEG input (−2 dB on
 * LIVE1 at QF 10), while the residual one gains from the start. At {@link Scale#PAPER} it is
 * the plain network of the paper.
 */
public final class Arcnn {
    /** Bump when the network or its training changes: cached checkpoints are then retrained. */
    public static final String CODE_VERSION = "arcnn-2";
    /** One network per JPEG quality, trained on CBSD68 (or loaded from the checkpoint cache). */
    public static final PerQualityRestorer PER_QUALITY = new PerQualityRestorer("arcnn", CODE_VERSION, Arcnn::block,
            Arcnn::recipe);

    private Arcnn() {
    }

    /** The network of {@code scale}: residual at CI, plain at PAPER. */
    public static Block block(Scale scale) {
        SequentialBlock body = new SequentialBlock()
                .add(conv(9, 64)).add(Activation::relu)
                .add(conv(7, 32)).add(Activation::relu)
                .add(conv(1, 16)).add(Activation::relu);
        Block reconstruction = conv(5, 3);
        if (scale == Scale.PAPER) {
            return body.add(reconstruction);
        }
        reconstruction.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
        return GlobalResidual.around(body.add(reconstruction));
    }

    private static Block conv(int kernel, int filters) {
        return new AlignedConv2d(Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .setFilters(filters));
    }

    /**
     * The training schedule. CI: 48 px patches, batch 16, 500 Adam steps at 10⁻³ (about 1.5 min
     * on 2 cores). PAPER: the ICCV paper trains by SGD with per-layer learning rates, which a
     * {@link Recipe} does not express, and seed 002 states no retraining settings; so Adam at
     * 10⁻⁴ (β 0.9, 0.999), batch 128, 48 px patches, 200,000 steps, ×0.1 after 100,000 and
     * 160,000 (our choice).
     */
    public static Recipe recipe(Scale scale) {
        return scale == Scale.CI
                ? Recipe.adam(Scale.CI, 48, 16, 500, 1e-3f, 0)
                : Recipe.adam(Scale.PAPER, 48, 128, 200_000, 1e-4f, 0).withMilestones(0.1f, 100_000, 160_000);
    }
}
