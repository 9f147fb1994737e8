package io.crbench.baselines.restorers;

import ai.djl.nn.Block;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.RandomJpeg;
import io.crbench.experiment.Scale;
import io.crbench.train.PatchTargets;
import io.crbench.train.PixelLosses;
import io.crbench.train.Recipe;
import io.crbench.train.TrainingJob;

/**
 * Seed 001's compression-artifact-reduction method: the 23-layer {@link UNetCar}, one model per
 * JPEG QF, trained with the L2 loss on (compressed, clean) pairs with Adam at 10⁻³,
 * β = (0.9, 0.99), ε = 10⁻⁸ (seed 001 §III). The paper trains on each classification data set's
 * own training split; crbench trains on {@link CleanTrainingImages#cbsd68()}, disjoint from every
 * test set. The Noise2Noise variant (compressed targets) is not offered: two PIL compressions of
 * one image at one QF are identical, so it would need a second degradation the paper does not
 * specify.
 */
public final class UNetCarMethod {
    /** Bump when the network or its training changes: cached checkpoints are then retrained. */
    public static final String CODE_VERSION = "unet-car-2";
    /** One network per JPEG quality, trained on CBSD68 (or loaded from the checkpoint cache). */
    public static final PerQualityRestorer PER_QUALITY = new PerQualityRestorer("unet-car", CODE_VERSION,
            UNetCarMethod::block, UNetCarMethod::recipe);

    private UNetCarMethod() {
    }

    /**
     * The paper's topology and direct output at paper scale (width {@value UNetCar#PAPER_WIDTH}). At
     * CI scale (width {@value UNetCar#CI_WIDTH}) it learns the residual from an identity start
     * (output = input + U-Net, last layer near zero): trained directly for 400 steps it stayed
     * 0.46 dB below its JPEG input on LIVE1_color at QF 10.
     */
    public static Block block(Scale scale) {
        return scale == Scale.CI
                ? GlobalResidual.around(new UNetCar(UNetCar.CI_WIDTH).startingNearZero())
                : new UNetCar(UNetCar.PAPER_WIDTH);
    }

    /**
     * CI: 64 px patches, batch 8, 400 steps (a few minutes on 2 cores). PAPER: the paper's optimiser
     * and rate; it trains for a number of epochs per data set (its Table 1), which a patch recipe
     * expresses as 100,000 steps of batch 16 on 128 px patches (our choice).
     */
    public static Recipe recipe(Scale scale) {
        Recipe base = scale == Scale.CI
                ? Recipe.adam(Scale.CI, 64, 8, 400, 1e-3f, 0)
                : Recipe.adam(Scale.PAPER, 128, 16, 100_000, 1e-3f, 0);
        return base.withAdam(0.9f, 0.99f, 1e-8f);
    }

    /**
     * Seed 001's restorer in the CIFAR-10 replication (issue 14): the CI-scale U-Net CAR (residual,
     * width {@value UNetCar#CI_WIDTH}) with the paper's loss and optimiser, one blind model for QF
     * 1..10 (a QF drawn per image) instead of one per QF, trained from fresh weights on whole 32×32
     * images (horizontal flips, batch 32) until its validation loss stops improving.
     *
     * @param seed the training seed (weights, batches, degradations)
     */
    public static TrainingJob replicationJob(long seed, CifarReplication protocol) {
        Degradation degradation = new RandomJpeg(1, 10, 0);
        Recipe recipe = protocol.recipe(seed).withAdam(0.9f, 0.99f, 1e-8f);
        return new TrainingJob("unet-car(q=1..10,cifar-" + protocol.name() + ",seed=" + seed + ")",
                () -> block(Scale.CI), recipe, PixelLosses.mse(), degradation, protocol.trainingSet(), CODE_VERSION)
                .stoppedBy(protocol.stopping(degradation, PatchTargets.CLEAN));
    }
}
