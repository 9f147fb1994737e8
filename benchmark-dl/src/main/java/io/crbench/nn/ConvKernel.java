package io.crbench.nn;

import java.util.Arrays;

/**
 * The weights of one 2-D convolution (stride 1, "same" zero padding, odd square kernel), as plain
 * arrays: the algebra of structural re-parameterisation (RepVGG, Ding et al. 2021; Diverse Branch
 * Block, Ding et al. 2021). Convolution is linear, so a chain of a 1×1 and a k×k convolution, or a
 * sum of parallel ones, is again one k×k convolution whose kernel these methods compute.
 *
 * @param outChannels output channels E
 * @param inChannels input channels C
 * @param size kernel side k (odd)
 * @param weight E·C·k·k values, PyTorch's OIHW layout
 * @param bias E values
 */
public record ConvKernel(int outChannels, int inChannels, int size, float[] weight, float[] bias) {
    public ConvKernel {
        if (outChannels < 1 || inChannels < 1 || size < 1 || size % 2 == 0) {
            throw new IllegalArgumentException("a kernel needs positive channel counts and an odd side, got "
                    + outChannels + "x" + inChannels + "x" + size + "x" + size);
        }
        if (weight.length != outChannels * inChannels * size * size || bias.length != outChannels) {
            throw new IllegalArgumentException("kernel " + outChannels + "x" + inChannels + "x" + size + "x" + size
                    + " needs " + outChannels * inChannels * size * size + " weights and " + outChannels
                    + " biases, got " + weight.length + " and " + bias.length);
        }
        weight = weight.clone();
        bias = bias.clone();
    }

    /** A kernel without bias (zeros). */
    public static ConvKernel withoutBias(int outChannels, int inChannels, int size, float[] weight) {
        return new ConvKernel(outChannels, inChannels, size, weight, new float[outChannels]);
    }

    /** A copy of the weights (OIHW). */
    @Override
    public float[] weight() {
        return weight.clone();
    }

    /** A copy of the biases. */
    @Override
    public float[] bias() {
        return bias.clone();
    }

    /** The weight at output {@code o}, input {@code i}, row {@code y}, column {@code x}. */
    public float at(int o, int i, int y, int x) {
        return weight[((o * inChannels + i) * size + y) * size + x];
    }

    /** Weights plus biases: what the convolution stores. */
    public long parameterCount() {
        return (long) weight.length + bias.length;
    }

    /** Multiply-accumulates per output pixel (one per weight). */
    public long macsPerPixel() {
        return weight.length;
    }

    /**
     * This convolution followed by {@code next} (this one's output is {@code next}'s input), as one
     * convolution. One of the two must be 1×1. When this one is 1×1 and {@code next} is larger, this
     * one must have no bias: {@code next} zero-pads its input, and a bias that reached the padding
     * would make the borders differ, so the merge is exact only without it.
     *
     * @throws IllegalArgumentException if the channels do not chain, neither kernel is 1×1, or the
     *     merge would not be exact
     */
    public ConvKernel then(ConvKernel next) {
        if (next.inChannels != outChannels) {
            throw new IllegalArgumentException("cannot chain a kernel with " + outChannels + " outputs into one with "
                    + next.inChannels + " inputs");
        }
        int k = Math.max(size, next.size);
        float[] w = new float[next.outChannels * inChannels * k * k];
        float[] b = new float[next.outChannels];
        if (next.size == 1) {
            // W[e,c] = Σ_d N[e,d]·T[d,c], b = N·t + n.
            for (int e = 0; e < next.outChannels; e++) {
                float sum = next.bias[e];
                for (int d = 0; d < outChannels; d++) {
                    float n = next.at(e, d, 0, 0);
                    sum += n * bias[d];
                    for (int c = 0; c < inChannels; c++) {
                        for (int p = 0; p < size * size; p++) {
                            w[(e * inChannels + c) * k * k + p] += n * weight[(d * inChannels + c) * size * size + p];
                        }
                    }
                }
                b[e] = sum;
            }
        } else if (size == 1) {
            for (float t : bias) {
                if (t != 0f) {
                    throw new IllegalArgumentException("a 1x1 convolution with a bias followed by a " + next.size + "x"
                            + next.size + " zero-padded one is not one convolution at the borders; drop the bias");
                }
            }
            // W[e,c,y,x] = Σ_d N[e,d,y,x]·T[d,c].
            for (int e = 0; e < next.outChannels; e++) {
                for (int d = 0; d < outChannels; d++) {
                    for (int c = 0; c < inChannels; c++) {
                        float t = at(d, c, 0, 0);
                        for (int p = 0; p < k * k; p++) {
                            w[(e * inChannels + c) * k * k + p] += t * next.weight[(e * outChannels + d) * k * k + p];
                        }
                    }
                }
            }
            System.arraycopy(next.bias, 0, b, 0, b.length);
        } else {
            throw new IllegalArgumentException("only chains with a 1x1 convolution merge into one kernel, got "
                    + size + "x" + size + " then " + next.size + "x" + next.size);
        }
        return new ConvKernel(next.outChannels, inChannels, k, w, b);
    }

    /** This kernel zero-padded to side {@code newSize} around its centre: the same convolution. */
    public ConvKernel padTo(int newSize) {
        if (newSize < size || (newSize - size) % 2 != 0) {
            throw new IllegalArgumentException("cannot centre a " + size + "x" + size + " kernel in " + newSize + "x"
                    + newSize);
        }
        int offset = (newSize - size) / 2;
        float[] w = new float[outChannels * inChannels * newSize * newSize];
        for (int oc = 0; oc < outChannels * inChannels; oc++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    w[(oc * newSize + y + offset) * newSize + x + offset] = weight[(oc * size + y) * size + x];
                }
            }
        }
        return new ConvKernel(outChannels, inChannels, newSize, w, bias);
    }

    /** The sum of this convolution and {@code other} on the same input, as one (the larger side wins). */
    public ConvKernel plus(ConvKernel other) {
        if (other.outChannels != outChannels || other.inChannels != inChannels) {
            throw new IllegalArgumentException("parallel kernels need equal channels, got " + outChannels + "x"
                    + inChannels + " and " + other.outChannels + "x" + other.inChannels);
        }
        int k = Math.max(size, other.size);
        float[] a = padTo(k).weight;
        float[] c = other.padTo(k).weight;
        float[] w = new float[a.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = a[i] + c[i];
        }
        float[] b = new float[outChannels];
        for (int i = 0; i < b.length; i++) {
            b[i] = bias[i] + other.bias[i];
        }
        return new ConvKernel(outChannels, inChannels, k, w, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvKernel other && other.outChannels == outChannels && other.inChannels == inChannels
                && other.size == size && Arrays.equals(other.weight, weight) && Arrays.equals(other.bias, bias);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(weight) + Arrays.hashCode(bias)) + size;
    }

    @Override
    public String toString() {
        return "ConvKernel[" + outChannels + "x" + inChannels + "x" + size + "x" + size + "]";
    }
}
