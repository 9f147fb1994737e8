package io.crbench.baselines.restorers;

import io.crbench.datasets.Datasets;
import io.crbench.restore.BlockRestorer;
import java.nio.file.Path;

/**
 * CDnCNN-B with its authors' released model (Zhang et al., IEEE TIP 2017; {@code GD_Color_Blind.mat}
 * of data set {@value Datasets#DNCNN}, MatConvNet): one blind colour Gaussian denoiser, trained for
 * noise levels σ ∈ [0, 55] on the 8-bit scale, on RGB in [0, 1]: 20 convolutions 3×3 (3 → 64,
 * 18 × 64 → 64, 64 → 3), zero padding 1, ReLU between them, batch normalisation folded into the
 * weights; the network predicts the noise and the restored image is input − residual. Nothing is
 * trained here.
 */
public final class AuthorsCdncnnB {
    /** Restorer id. */
    public static final String ID = "cdncnn-b-authors";
    private static final String FILE = "GD_Color_Blind.mat";

    private AuthorsCdncnnB() {
    }

    /** The restorer, its weights from the {@value Datasets#DNCNN} data set. */
    public static BlockRestorer load() {
        return fromFile(Datasets.locate(Datasets.DNCNN).path(FILE));
    }

    /** The restorer with the network of {@code matFile} (MatConvNet simplenn, MATLAB v7.3). */
    public static BlockRestorer fromFile(Path matFile) {
        MatConvNetDncnn.Network net = MatConvNetDncnn.read(matFile, 3, "CDnCNN-B");
        return ReleasedWeights.colourRestorer(ID, GlobalResidual.subtracted(net.body()), net.body(), net.kernels());
    }
}
