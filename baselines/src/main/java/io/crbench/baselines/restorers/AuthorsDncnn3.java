package io.crbench.baselines.restorers;

import io.crbench.datasets.Datasets;
import io.crbench.restore.LumaRestorer;
import java.nio.file.Path;

/**
 * DnCNN-3 with its authors' released model (Zhang et al., IEEE TIP 2017; {@code DnCNN3.mat} of data
 * set {@value Datasets#DNCNN}, MatConvNet): one blind network for JPEG deblocking at any quality
 * (also Gaussian denoising and super-resolution), on the Y channel in [0, 1]: 20 convolutions 3×3
 * (1 → 64, 18 × 64 → 64, 64 → 1), zero padding 1, ReLU between them, batch normalisation folded into
 * the weights; the network predicts the residual and the restored image is input − residual.
 * MatConvNet convolutions are correlations, as DJL's. Nothing is trained here.
 */
public final class AuthorsDncnn3 {
    /** Restorer id. */
    public static final String ID = "dncnn3-authors";
    private static final String FILE = "DnCNN3.mat";

    private AuthorsDncnn3() {
    }

    /** The restorer, its weights from the {@value Datasets#DNCNN} data set. */
    public static LumaRestorer load() {
        return fromFile(Datasets.locate(Datasets.DNCNN).path(FILE));
    }

    /** The restorer with the network of {@code matFile} (MatConvNet simplenn, MATLAB v7.3). */
    public static LumaRestorer fromFile(Path matFile) {
        MatConvNetDncnn.Network net = MatConvNetDncnn.read(matFile, 1, "DnCNN-3");
        return ReleasedWeights.restorer(ID, GlobalResidual.subtracted(net.body()), net.body(), net.kernels());
    }
}
