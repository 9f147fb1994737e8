package io.crbench.metric;

import io.crbench.image.Image8;

/**
 * Structural similarity (Wang, Bovik, Sheikh and Simoncelli 2004) exactly as BasicSR's
 * {@code calculate_ssim}, which matches the authors' MATLAB code: an 11×11 Gaussian window with
 * σ = 1.5, K1 = 0.01, K2 = 0.03, L = 255, only windows lying fully inside the image ('valid'
 * filtering; BasicSR filters with {@code cv2.filter2D} and then drops 5 pixels on each side), and
 * the mean of the SSIM map. An RGB image scores the mean of its three channels' SSIM.
 *
 * <p>The window is applied as two 1-D passes; the Gaussian is separable, so this is the same
 * filter at a fraction of the cost, in double precision throughout.
 */
public final class Ssim {
    private static final int WINDOW = 11;
    private static final int RADIUS = WINDOW / 2;
    private static final double SIGMA = 1.5;
    private static final double C1 = (0.01 * 255) * (0.01 * 255);
    private static final double C2 = (0.03 * 255) * (0.03 * 255);
    private static final double[] KERNEL = gaussianKernel();

    private Ssim() {
    }

    /**
     * SSIM of {@code test} against {@code reference}.
     *
     * @param reference the undistorted image
     * @param test the image to score; same shape as {@code reference}
     * @param channel RGB: mean of the per-channel SSIM; Y: SSIM of the unrounded luma plane
     * @param cropBorder pixels dropped on each side before measuring (0 for none)
     * @return mean SSIM in [-1, 1]; exactly 1 for identical images
     */
    public static double ssim(Image8 reference, Image8 test, MetricChannel channel, int cropBorder) {
        ComparedPlanes planes = ComparedPlanes.of(reference, test, channel, cropBorder);
        if (planes.width() < WINDOW || planes.height() < WINDOW) {
            throw new IllegalArgumentException("SSIM needs at least " + WINDOW + "x" + WINDOW
                    + " pixels after cropping, got " + planes.width() + "x" + planes.height());
        }
        double sum = 0;
        for (int c = 0; c < planes.count(); c++) {
            sum += planeSsim(planes.reference()[c], planes.test()[c], planes.width(), planes.height());
        }
        return sum / planes.count();
    }

    /** BasicSR's {@code _ssim}: mean of the SSIM map of two row-major planes. */
    private static double planeSsim(double[] a, double[] b, int width, int height) {
        int outWidth = width - WINDOW + 1;
        int outHeight = height - WINDOW + 1;
        double[] aa = new double[a.length];
        double[] bb = new double[a.length];
        double[] ab = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            aa[i] = a[i] * a[i];
            bb[i] = b[i] * b[i];
            ab[i] = a[i] * b[i];
        }
        // Horizontal pass of the five local moments: E[a], E[b], E[a²], E[b²], E[ab].
        double[] ha = horizontalPass(a, width, height);
        double[] hb = horizontalPass(b, width, height);
        double[] haa = horizontalPass(aa, width, height);
        double[] hbb = horizontalPass(bb, width, height);
        double[] hab = horizontalPass(ab, width, height);
        // Vertical pass one output row at a time, so the full 2-D moment maps are never stored.
        double[] mu1 = new double[outWidth];
        double[] mu2 = new double[outWidth];
        double[] e11 = new double[outWidth];
        double[] e22 = new double[outWidth];
        double[] e12 = new double[outWidth];
        double sum = 0;
        for (int y = 0; y < outHeight; y++) {
            int centre = (y + RADIUS) * outWidth;
            for (int x = 0; x < outWidth; x++) {
                mu1[x] = KERNEL[RADIUS] * ha[centre + x];
                mu2[x] = KERNEL[RADIUS] * hb[centre + x];
                e11[x] = KERNEL[RADIUS] * haa[centre + x];
                e22[x] = KERNEL[RADIUS] * hbb[centre + x];
                e12[x] = KERNEL[RADIUS] * hab[centre + x];
            }
            for (int t = 0; t < RADIUS; t++) {
                double k = KERNEL[t];
                int top = (y + t) * outWidth;
                int bottom = (y + WINDOW - 1 - t) * outWidth;
                for (int x = 0; x < outWidth; x++) {
                    mu1[x] += k * (ha[top + x] + ha[bottom + x]);
                    mu2[x] += k * (hb[top + x] + hb[bottom + x]);
                    e11[x] += k * (haa[top + x] + haa[bottom + x]);
                    e22[x] += k * (hbb[top + x] + hbb[bottom + x]);
                    e12[x] += k * (hab[top + x] + hab[bottom + x]);
                }
            }
            for (int x = 0; x < outWidth; x++) {
                double m1m2 = mu1[x] * mu2[x];
                double m1sq = mu1[x] * mu1[x];
                double m2sq = mu2[x] * mu2[x];
                double s1sq = e11[x] - m1sq;
                double s2sq = e22[x] - m2sq;
                double s12 = e12[x] - m1m2;
                sum += ((2 * m1m2 + C1) * (2 * s12 + C2)) / ((m1sq + m2sq + C1) * (s1sq + s2sq + C2));
            }
        }
        return sum / ((double) outWidth * outHeight);
    }

    /** 'Valid' 1-D filtering of every row; the kernel is symmetric, so mirrored taps share a multiply. */
    private static double[] horizontalPass(double[] plane, int width, int height) {
        int outWidth = width - WINDOW + 1;
        double[] out = new double[height * outWidth];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int outRow = y * outWidth;
            for (int x = 0; x < outWidth; x++) {
                int i = row + x;
                double sum = KERNEL[RADIUS] * plane[i + RADIUS];
                for (int t = 0; t < RADIUS; t++) {
                    sum += KERNEL[t] * (plane[i + t] + plane[i + WINDOW - 1 - t]);
                }
                out[outRow + x] = sum;
            }
        }
        return out;
    }

    /** {@code cv2.getGaussianKernel(11, 1.5)}: sampled Gaussian normalised to sum 1. */
    private static double[] gaussianKernel() {
        double[] k = new double[WINDOW];
        double total = 0;
        for (int i = 0; i < WINDOW; i++) {
            double d = i - RADIUS;
            k[i] = Math.exp(-d * d / (2 * SIGMA * SIGMA));
            total += k[i];
        }
        for (int i = 0; i < WINDOW; i++) {
            k[i] /= total;
        }
        return k;
    }
}
