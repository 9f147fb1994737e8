package io.crbench.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;

/**
 * Reads and writes the weights of an initialised DJL {@link Conv2d} (stride 1, odd square
 * kernel, one group) as a {@link ConvKernel}, so that re-parameterised kernels can be computed from
 * a trained network and loaded into its deployed form.
 */
public final class Conv2dWeights {
    private Conv2dWeights() {
    }

    /** The kernel of {@code conv}; a convolution without bias reads as zero biases. */
    public static ConvKernel read(Conv2d conv) {
        Shape s = weightOf(conv).getShape();
        requireSquare(conv, s);
        float[] weight = weightOf(conv).toFloatArray();
        int out = (int) s.get(0);
        float[] bias = conv.isIncludeBias() ? conv.getParameters().get("bias").getArray().toFloatArray() : new float[out];
        return new ConvKernel(out, (int) s.get(1), (int) s.get(2), weight, bias);
    }

    /**
     * Overwrites the weights of {@code conv} with {@code kernel}, whose shape must be the
     * convolution's; a non-zero bias needs a convolution with bias.
     */
    public static void write(ConvKernel kernel, Conv2d conv) {
        NDArray weight = weightOf(conv);
        Shape s = weight.getShape();
        requireSquare(conv, s);
        if (s.get(0) != kernel.outChannels() || s.get(1) != kernel.inChannels() || s.get(2) != kernel.size()) {
            throw new IllegalArgumentException("cannot load " + kernel + " into a convolution with weight shape " + s);
        }
        weight.set(kernel.weight());
        if (conv.isIncludeBias()) {
            conv.getParameters().get("bias").getArray().set(kernel.bias());
        } else {
            for (float b : kernel.bias()) {
                if (b != 0f) {
                    throw new IllegalArgumentException("cannot load " + kernel + " with a bias into a convolution"
                            + " without bias");
                }
            }
        }
    }

    private static NDArray weightOf(Conv2d conv) {
        Parameter weight = conv.getParameters().get("weight");
        if (!weight.isInitialized()) {
            throw new IllegalStateException("the convolution is not initialised: no weights to read or write");
        }
        return weight.getArray();
    }

    private static void requireSquare(Conv2d conv, Shape weight) {
        boolean unitStride = conv.getStride() == null || conv.getStride().getShape().length == 0
                || (conv.getStride().get(0) == 1 && conv.getStride().get(1) == 1);
        if (weight.dimension() != 4 || weight.get(2) != weight.get(3) || conv.getGroups() != 1 || !unitStride) {
            throw new IllegalArgumentException("only stride-1, one-group, square convolutions have a ConvKernel;"
                    + " got weight shape " + weight + ", groups " + conv.getGroups() + ", stride " + conv.getStride());
        }
    }
}
