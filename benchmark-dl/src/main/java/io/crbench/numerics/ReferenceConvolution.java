package io.crbench.numerics;

/**
 * Plain-Java double-precision 2-D convolution (NCHW, OIHW weights, with stride, padding, dilation
 * and groups), the reference the engine's convolution kernels are checked against.
 *
 * <p>It runs one loop over every (output, input, weight) triple that a convolution
 * multiplies, so the same code gives the forward value and the exact gradients of
 * {@code sum(R ⊙ output)} with respect to input, weight and bias: no finite differences, no
 * second implementation to get wrong.
 */
public record ReferenceConvolution(int stride, int padding, int dilation, int groups) {

    /** Checks the settings. */
    public ReferenceConvolution {
        if (stride < 1 || padding < 0 || dilation < 1 || groups < 1) {
            throw new IllegalArgumentException("convolution needs stride >= 1, padding >= 0, dilation >= 1, groups >= 1;"
                    + " got " + stride + ", " + padding + ", " + dilation + ", " + groups);
        }
    }

    /** Output side length of a convolution over {@code in} pixels with a {@code k}-tap kernel. */
    public int convolvedSide(int in, int k) {
        return (in + 2 * padding - dilation * (k - 1) - 1) / stride + 1;
    }

    /**
     * Convolution: {@code x} is [n, c, h, w], {@code weight} [o, c/groups, kh, kw], {@code bias} [o].
     * With {@code r} (the output's upstream gradient) non-null, also fills {@code gradX},
     * {@code gradWeight} and {@code gradBias} (same sizes as their tensors).
     */
    public double[] convolve(double[] x, int[] xShape, double[] weight, int[] wShape, double[] bias,
            double[] r, double[] gradX, double[] gradWeight, double[] gradBias) {
        int n = xShape[0], c = xShape[1], h = xShape[2], w = xShape[3];
        int o = wShape[0], cg = wShape[1], kh = wShape[2], kw = wShape[3];
        if (cg * groups != c || o % groups != 0) {
            throw new IllegalArgumentException("weight " + java.util.Arrays.toString(wShape) + " does not fit input channels "
                    + c + " in " + groups + " groups");
        }
        int oh = convolvedSide(h, kh), ow = convolvedSide(w, kw), og = o / groups;
        double[] out = new double[n * o * oh * ow];
        for (int b = 0; b < n; b++) {
            for (int oc = 0; oc < o; oc++) {
                int g = oc / og;
                for (int y = 0; y < oh; y++) {
                    for (int xx = 0; xx < ow; xx++) {
                        int oi = ((b * o + oc) * oh + y) * ow + xx;
                        double acc = bias[oc];
                        double up = r == null ? 0 : r[oi];
                        for (int ic = 0; ic < cg; ic++) {
                            int inC = g * cg + ic;
                            for (int ky = 0; ky < kh; ky++) {
                                int iy = y * stride - padding + ky * dilation;
                                if (iy < 0 || iy >= h) {
                                    continue;
                                }
                                for (int kx = 0; kx < kw; kx++) {
                                    int ix = xx * stride - padding + kx * dilation;
                                    if (ix < 0 || ix >= w) {
                                        continue;
                                    }
                                    int xi = ((b * c + inC) * h + iy) * w + ix;
                                    int wi = ((oc * cg + ic) * kh + ky) * kw + kx;
                                    acc += x[xi] * weight[wi];
                                    if (r != null) {
                                        gradX[xi] += up * weight[wi];
                                        gradWeight[wi] += up * x[xi];
                                    }
                                }
                            }
                        }
                        out[oi] = acc;
                        if (r != null) {
                            gradBias[oc] += up;
                        }
                    }
                }
            }
        }
        return out;
    }
}
