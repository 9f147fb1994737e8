package io.crbench.numerics;

/**
 * Double-precision definitions of the engine operations crbench uses besides convolution (see
 * {@link ReferenceConvolution}), written as PyTorch documents them: NCHW layout, biased batch
 * variance, softmax over the last axis, the unnormalised 2-D DFT.
 */
public final class ReferenceOps {
    private ReferenceOps() {
    }

    /** Element-wise function with its derivative, so gradients need no finite differences. */
    public interface Elementwise {
        /** f(v). */
        double value(double v);

        /** f'(v). */
        double derivative(double v);
    }

    /** {@code f} applied to every element of the single input, with exact gradients. */
    public static ReferenceOp elementwise(Elementwise f) {
        return new ReferenceOp() {
            @Override
            public double[] forward(double[][] in) {
                double[] out = new double[in[0].length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = f.value(in[0][i]);
                }
                return out;
            }

            @Override
            public double[][] gradients(double[][] in, double[] r) {
                double[] g = new double[in[0].length];
                for (int i = 0; i < g.length; i++) {
                    g[i] = r[i] * f.derivative(in[0][i]);
                }
                return new double[][] {g};
            }
        };
    }

    /** Convolution of inputs (x, weight, bias) with exact gradients. */
    public static ReferenceOp convolution(ReferenceConvolution conv, int[] xShape, int[] wShape) {
        return new ReferenceOp() {
            @Override
            public double[] forward(double[][] in) {
                return run(in, null, null);
            }

            @Override
            public double[][] gradients(double[][] in, double[] r) {
                double[][] g = {new double[in[0].length], new double[in[1].length], new double[in[2].length]};
                run(in, r, g);
                return g;
            }

            private double[] run(double[][] in, double[] r, double[][] g) {
                double[] gx = g == null ? null : g[0], gw = g == null ? null : g[1], gb = g == null ? null : g[2];
                return conv.convolve(in[0], xShape, in[1], wShape, in[2], r, gx, gw, gb);
            }
        };
    }

    /** Max or average pooling of [n, c, h, w] with a square window, no padding, average counting the window size. */
    public static ReferenceOp pool(int[] shape, int kernel, int stride, boolean max) {
        int n = shape[0] * shape[1], h = shape[2], w = shape[3];
        int oh = (h - kernel) / stride + 1, ow = (w - kernel) / stride + 1;
        return in -> {
            double[] out = new double[n * oh * ow];
            for (int p = 0; p < n; p++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        for (int ky = 0; ky < kernel; ky++) {
                            for (int kx = 0; kx < kernel; kx++) {
                                double v = in[0][(p * h + y * stride + ky) * w + x * stride + kx];
                                acc = max ? Math.max(acc, v) : acc + v;
                            }
                        }
                        out[(p * oh + y) * ow + x] = max ? acc : acc / (kernel * kernel);
                    }
                }
            }
            return out;
        };
    }

    /** Training-mode batch normalisation of (x [n, c, h, w], gamma [c], beta [c]): batch mean, biased variance. */
    public static ReferenceOp batchNorm(int[] shape, double eps) {
        int n = shape[0], c = shape[1], hw = shape[2] * shape[3];
        return in -> {
            double[] out = new double[in[0].length];
            for (int ch = 0; ch < c; ch++) {
                double mean = 0;
                for (int b = 0; b < n; b++) {
                    for (int i = 0; i < hw; i++) {
                        mean += in[0][(b * c + ch) * hw + i];
                    }
                }
                mean /= n * hw;
                double var = 0;
                for (int b = 0; b < n; b++) {
                    for (int i = 0; i < hw; i++) {
                        double d = in[0][(b * c + ch) * hw + i] - mean;
                        var += d * d;
                    }
                }
                var /= n * hw;
                double inv = 1 / Math.sqrt(var + eps);
                for (int b = 0; b < n; b++) {
                    for (int i = 0; i < hw; i++) {
                        int k = (b * c + ch) * hw + i;
                        out[k] = (in[0][k] - mean) * inv * in[1][ch] + in[2][ch];
                    }
                }
            }
            return out;
        };
    }

    /** Layer normalisation of (x [..., d], gamma [d], beta [d]) over the last axis. */
    public static ReferenceOp layerNorm(int d, double eps) {
        return in -> {
            double[] out = new double[in[0].length];
            for (int row = 0; row < in[0].length / d; row++) {
                double mean = 0;
                for (int i = 0; i < d; i++) {
                    mean += in[0][row * d + i];
                }
                mean /= d;
                double var = 0;
                for (int i = 0; i < d; i++) {
                    double v = in[0][row * d + i] - mean;
                    var += v * v;
                }
                double inv = 1 / Math.sqrt(var / d + eps);
                for (int i = 0; i < d; i++) {
                    out[row * d + i] = (in[0][row * d + i] - mean) * inv * in[1][i] + in[2][i];
                }
            }
            return out;
        };
    }

    /** Batched matrix product of a [b, m, k] and c [b, k, n]. */
    public static ReferenceOp matMul(int b, int m, int k, int n) {
        return in -> {
            double[] out = new double[b * m * n];
            for (int p = 0; p < b; p++) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double s = 0;
                        for (int t = 0; t < k; t++) {
                            s += in[0][(p * m + i) * k + t] * in[1][(p * k + t) * n + j];
                        }
                        out[(p * m + i) * n + j] = s;
                    }
                }
            }
            return out;
        };
    }

    /** Fully connected layer: x [m, k] times weight [n, k] transposed, plus bias [n]. */
    public static ReferenceOp linear(int m, int k, int n) {
        return in -> {
            double[] out = new double[m * n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = in[2][j];
                    for (int t = 0; t < k; t++) {
                        s += in[0][i * k + t] * in[1][j * k + t];
                    }
                    out[i * n + j] = s;
                }
            }
            return out;
        };
    }

    /** Softmax (or log-softmax) over the last axis of length {@code d}. */
    public static ReferenceOp softmax(int d, boolean log) {
        return in -> {
            double[] out = new double[in[0].length];
            for (int row = 0; row < out.length / d; row++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < d; i++) {
                    max = Math.max(max, in[0][row * d + i]);
                }
                double sum = 0;
                for (int i = 0; i < d; i++) {
                    sum += Math.exp(in[0][row * d + i] - max);
                }
                for (int i = 0; i < d; i++) {
                    double z = in[0][row * d + i] - max;
                    out[row * d + i] = log ? z - Math.log(sum) : Math.exp(z) / sum;
                }
            }
            return out;
        };
    }

    /** Sum over the last axis of length {@code d}. */
    public static ReferenceOp sumLastAxis(int d) {
        return in -> {
            double[] out = new double[in[0].length / d];
            for (int i = 0; i < in[0].length; i++) {
                out[i / d] += in[0][i];
            }
            return out;
        };
    }

    /** Nearest-neighbour 2× upsampling of [n, c, h, w] (each pixel repeated along both spatial axes). */
    public static ReferenceOp upsample2x(int[] shape) {
        int planes = shape[0] * shape[1], h = shape[2], w = shape[3];
        return in -> {
            double[] out = new double[planes * 4 * h * w];
            for (int p = 0; p < planes; p++) {
                for (int y = 0; y < 2 * h; y++) {
                    for (int x = 0; x < 2 * w; x++) {
                        out[(p * 2 * h + y) * 2 * w + x] = in[0][(p * h + y / 2) * w + x / 2];
                    }
                }
            }
            return out;
        };
    }

    /** Unnormalised 2-D DFT over the last two axes of [..., h, w], as (real, imaginary) pairs in a trailing axis. */
    public static ReferenceOp fft2(int h, int w) {
        return in -> {
            int planes = in[0].length / (h * w);
            double[] out = new double[in[0].length * 2];
            for (int p = 0; p < planes; p++) {
                for (int u = 0; u < h; u++) {
                    for (int v = 0; v < w; v++) {
                        double re = 0, im = 0;
                        for (int y = 0; y < h; y++) {
                            for (int x = 0; x < w; x++) {
                                double angle = -2 * Math.PI * ((double) u * y / h + (double) v * x / w);
                                double s = in[0][(p * h + y) * w + x];
                                re += s * Math.cos(angle);
                                im += s * Math.sin(angle);
                            }
                        }
                        int o = ((p * h + u) * w + v) * 2;
                        out[o] = re;
                        out[o + 1] = im;
                    }
                }
            }
            return out;
        };
    }
}
