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
    /** Local moments the filter computes: E[a], E[b], E[a²], E[b²], E[ab]. */
    private static final int MOMENTS = 5;
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
        // The horizontal pass of the five local moments E[a], E[b], E[a²], E[b²], E[ab] keeps only
        // the last WINDOW rows (a ring), which is all the vertical pass of one output row reads;
        // the working set stays in cache instead of five full-size maps.
        double[][][] ring = new double[MOMENTS][WINDOW][outWidth];
        double[] aa = new double[width];
        double[] bb = new double[width];
        double[] ab = new double[width];
        double[][] moments = new double[MOMENTS][outWidth];
        double sum = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                aa[x] = a[row + x] * a[row + x];
                bb[x] = b[row + x] * b[row + x];
                ab[x] = a[row + x] * b[row + x];
            }
            int slot = y % WINDOW;
            horizontalPass(a, row, ring[0][slot], outWidth);
            horizontalPass(b, row, ring[1][slot], outWidth);
            horizontalPass(aa, 0, ring[2][slot], outWidth);
            horizontalPass(bb, 0, ring[3][slot], outWidth);
            horizontalPass(ab, 0, ring[4][slot], outWidth);
            int outY = y - (WINDOW - 1);
            if (outY < 0) {
                continue;
            }
            for (int m = 0; m < MOMENTS; m++) {
                verticalPass(ring[m], outY, moments[m], outWidth);
            }
            double[] mu1 = moments[0];
            double[] mu2 = moments[1];
            double[] e11 = moments[2];
            double[] e22 = moments[3];
            double[] e12 = moments[4];
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

    /*
     * The passes below loop over x innermost, one tap pair at a time, so the JIT vectorises them;
     * every output still adds its terms in the same order (centre, then the mirrored pairs from
     * the outside in), so the sums are the same doubles as a loop over the taps per output gives.
     */

    /** 'Valid' 1-D filtering of one row; the kernel is symmetric, so mirrored taps share a multiply. */
    private static void horizontalPass(double[] in, int from, double[] out, int outWidth) {
        double centre = KERNEL[RADIUS];
        for (int x = 0; x < outWidth; x++) {
            out[x] = centre * in[from + x + RADIUS];
        }
        for (int t = 0; t < RADIUS; t++) {
            double k = KERNEL[t];
            int left = from + t;
            int right = from + WINDOW - 1 - t;
            for (int x = 0; x < outWidth; x++) {
                out[x] += k * (in[left + x] + in[right + x]);
            }
        }
    }

    /** Vertical filtering of the ring's rows {@code outY .. outY + WINDOW - 1} (ring slot = row mod WINDOW). */
    private static void verticalPass(double[][] ring, int outY, double[] out, int outWidth) {
        double[] centre = ring[(outY + RADIUS) % WINDOW];
        double kc = KERNEL[RADIUS];
        for (int x = 0; x < outWidth; x++) {
            out[x] = kc * centre[x];
        }
        for (int t = 0; t < RADIUS; t++) {
            double k = KERNEL[t];
            double[] top = ring[(outY + t) % WINDOW];
            double[] bottom = ring[(outY + WINDOW - 1 - t) % WINDOW];
            for (int x = 0; x < outWidth; x++) {
                out[x] += k * (top[x] + bottom[x]);
            }
        }
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
