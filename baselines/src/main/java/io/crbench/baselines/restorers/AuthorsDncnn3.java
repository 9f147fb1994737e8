package io.crbench.baselines.restorers;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.datasets.Datasets;
import io.crbench.model.MatConvNetLayers;
import io.crbench.model.ModelLoadException;
import io.crbench.nn.ConvKernel;
import io.crbench.restore.LumaRestorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<MatConvNetLayers.Layer> layers = MatConvNetLayers.read(matFile);
        SequentialBlock body = new SequentialBlock();
        List<ConvKernel> kernels = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            MatConvNetLayers.Layer l = layers.get(i);
            switch (l.type()) {
                case "conv" -> {
                    int[] s = l.kernelShape();
                    if (s[2] != s[3] || l.stride() != 1 || l.pad() != s[2] / 2) {
                        throw new ModelLoadException(matFile + ": layer " + i + " is a " + s[2] + "x" + s[3]
                                + " convolution with stride " + l.stride() + " and padding " + l.pad()
                                + "; DnCNN-3 has square, stride-1, size-preserving ones");
                    }
                    kernels.add(new ConvKernel(s[0], s[1], s[2], l.kernel(), l.bias()));
                    body.add(Conv2d.builder().setKernelShape(new Shape(s[2], s[3]))
                            .optPadding(new Shape(l.pad(), l.pad())).setFilters(s[0]).build());
                }
                case "relu" -> body.add(Activation::relu);
                default -> throw new ModelLoadException(matFile + ": layer " + i + " is of type '" + l.type()
                        + "'; DnCNN-3 has only conv and relu layers (batch normalisation folded)");
            }
        }
        if (kernels.isEmpty() || kernels.get(0).inChannels() != 1
                || kernels.get(kernels.size() - 1).outChannels() != 1) {
            throw new ModelLoadException(matFile + " is not a one-channel (Y) network");
        }
        return ReleasedWeights.restorer(ID, GlobalResidual.subtracted(body), body, kernels);
    }
}
