package io.crbench.image;

/**
 * Pillow's fixed-point weights for resampling one axis of {@code inSize} samples to {@code outSize}
 * with the bilinear (triangle) filter: {@code precompute_coeffs} then {@code normalize_coeffs_8bpc}
 * of libImaging/Resample.c, for the default box (the whole axis).
 *
 * <p>Output sample {@code o} is {@code clip8((2^21 + sum_i in[first(o) + i] * weight(o, i)) >> 22)}
 * over {@code i < count(o)}. The double arithmetic below is written in Pillow's order of operations,
 * because a one-ulp difference can flip a rounded weight and with it an output sample.
 */
final class PilBilinearWeights {
    /** Pillow's {@code PRECISION_BITS}: 32 bits less 8 for the sample and 2 for overflow. */
    static final int PRECISION_BITS = 32 - 8 - 2;
    /** The rounding term every accumulator starts from. */
    static final int HALF = 1 << (PRECISION_BITS - 1);

    private final int[] first;
    private final int[] count;
    private final int[] weights;
    private final int stride;

    private PilBilinearWeights(int[] first, int[] count, int[] weights, int stride) {
        this.first = first;
        this.count = count;
        this.weights = weights;
        this.stride = stride;
    }

    static PilBilinearWeights of(int inSize, int outSize) {
        // Pillow passes the box as floats; in1 - in0 is exact for any realistic size.
        double scale = (double) ((float) inSize - 0f) / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = 1.0 * filterScale;
        int ksize = (int) Math.ceil(support) * 2 + 1;
        double ss = 1.0 / filterScale;

        int[] first = new int[outSize];
        int[] count = new int[outSize];
        int[] weights = new int[outSize * ksize];
        double[] k = new double[ksize];
        for (int xx = 0; xx < outSize; xx++) {
            double center = 0.0 + (xx + 0.5) * scale;
            int xmin = Math.max(0, (int) (center - support + 0.5));
            int xmax = Math.min(inSize, (int) (center + support + 0.5)) - xmin;
            double ww = 0.0;
            for (int x = 0; x < xmax; x++) {
                double w = triangle((x + xmin - center + 0.5) * ss);
                k[x] = w;
                ww += w;
            }
            for (int x = 0; x < xmax; x++) {
                double v = ww != 0.0 ? k[x] / ww : k[x];
                weights[xx * ksize + x] = (int) (v < 0 ? -0.5 + v * (1 << PRECISION_BITS)
                        : 0.5 + v * (1 << PRECISION_BITS));
            }
            first[xx] = xmin;
            count[xx] = xmax;
        }
        return new PilBilinearWeights(first, count, weights, ksize);
    }

    private static double triangle(double x) {
        double a = x < 0.0 ? -x : x;
        return a < 1.0 ? 1.0 - a : 0.0;
    }

    /** First input sample contributing to output sample {@code o}. */
    int first(int o) {
        return first[o];
    }

    /** Number of input samples contributing to output sample {@code o}. */
    int count(int o) {
        return count[o];
    }

    /** Weights of output sample {@code o} start at {@code weights()[o * stride()]}. */
    int stride() {
        return stride;
    }

    /** All weights, {@link #stride()} per output sample; not copied, for the inner loops. */
    int[] weights() {
        return weights;
    }

    /** Pillow's {@code clip8}: the accumulator's integer part, clamped to 0..255. */
    static byte clip8(int accumulator) {
        int v = accumulator >> PRECISION_BITS;
        return (byte) (v < 0 ? 0 : Math.min(v, 255));
    }
}
