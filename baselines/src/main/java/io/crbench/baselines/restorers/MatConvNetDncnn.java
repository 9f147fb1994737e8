package io.crbench.baselines.restorers;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.model.MatConvNetLayers;
import io.crbench.model.ModelLoadException;
import io.crbench.nn.AlignedConv2d;
import io.crbench.nn.ConvKernel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a DnCNN as its authors' MatConvNet files hold it (DnCNN-3, CDnCNN-B): square,
 * stride-1, size-preserving convolutions with ReLU between them, batch normalisation folded into
 * the weights. MatConvNet convolutions are correlations, as DJL's.
 */
final class MatConvNetDncnn {
    private MatConvNetDncnn() {
    }

    /**
     * The network's convolutions and activations, and the kernels its convolutions get.
     *
     * @param body the layers in order, without the global residual
     * @param kernels one per convolution of {@code body}, in order
     */
    record Network(SequentialBlock body, List<ConvKernel> kernels) {
    }

    /**
     * Reads {@code matFile} as a {@code channels}-channel DnCNN called {@code name} in errors.
     *
     * @throws ModelLoadException naming the file and layer when a layer is of another kind, or the
     *     network does not map {@code channels} channels to {@code channels}
     */
    static Network read(Path matFile, int channels, String name) {
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
                                + "; " + name + " has square, stride-1, size-preserving ones");
                    }
                    kernels.add(new ConvKernel(s[0], s[1], s[2], l.kernel(), l.bias()));
                    body.add(new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(s[2], s[3]))
                            .optPadding(new Shape(l.pad(), l.pad())).setFilters(s[0])));
                }
                case "relu" -> body.add(Activation::relu);
                default -> throw new ModelLoadException(matFile + ": layer " + i + " is of type '" + l.type()
                        + "'; " + name + " has only conv and relu layers (batch normalisation folded)");
            }
        }
        if (kernels.isEmpty() || kernels.get(0).inChannels() != channels
                || kernels.get(kernels.size() - 1).outChannels() != channels) {
            throw new ModelLoadException(matFile + " is not a " + channels + "-channel network, as " + name + " is"
                    + (kernels.isEmpty() ? "" : ": it maps " + kernels.get(0).inChannels() + " channels to "
                            + kernels.get(kernels.size() - 1).outChannels()));
        }
        return new Network(body, List.copyOf(kernels));
    }
}
