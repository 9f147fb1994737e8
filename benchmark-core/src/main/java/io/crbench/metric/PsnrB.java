package io.crbench.metric;

import io.crbench.image.Image8;

/**
 * PSNR-B (Yim and Bovik 2011, "Quality assessment of deblocked images"), exactly as the
 * {@code calculate_psnrb} / {@code _blocking_effect_factor} pair used by the BasicSR family
 * (SwinIR, FBCNN; ported from Ehrlich's quantization-guided-ac {@code psnrb.py}):
 * {@code 10·log10(255² / (MSE + BEF))}, where the blocking effect factor BEF penalises
 * intensity jumps across 8×8 block boundaries of the <em>test</em> image.
 *
 * <p>Conventions carried over from that code: each compared plane (R, G and B, or the single Y or
 * gray plane) gets its own MSE, BEF and PSNR-B, and the result is the mean of those dB values; the
 * block grid starts at the cropped image's top-left pixel, so keep {@code cropBorder} a multiple of
 * 8 to stay aligned with JPEG's grid.
 */
public final class PsnrB {
    private static final int BLOCK = 8;

    private PsnrB() {
    }

    /**
     * PSNR-B in dB of {@code test} against {@code reference}.
     *
     * @param reference the undistorted image
     * @param test the image to score, whose block boundaries are penalised; same shape as {@code reference}
     * @param channel RGB: mean of the per-channel PSNR-B; Y: PSNR-B of the unrounded luma plane
     * @param cropBorder pixels dropped on each side before measuring (0 for none)
     * @return PSNR-B in dB; {@code +Infinity} when MSE and BEF are both zero
     */
    public static double psnrB(Image8 reference, Image8 test, MetricChannel channel, int cropBorder) {
        ComparedPlanes planes = ComparedPlanes.of(reference, test, channel, cropBorder);
        int width = planes.width();
        int height = planes.height();
        if (Math.min(width, height) < BLOCK || Math.max(width, height) < 2 * BLOCK) {
            throw new IllegalArgumentException("PSNR-B needs at least " + BLOCK + " pixels in each dimension and "
                    + 2 * BLOCK + " in one (one block boundary) after cropping, got " + width + "x" + height);
        }
        double total = 0;
        for (int c = 0; c < planes.count(); c++) {
            double[] testPlane = planes.test()[c];
            double mse = Psnr.sumOfSquaredDifferences(planes.reference()[c], testPlane) / ((double) width * height);
            double denominator = mse + blockingEffectFactor(testPlane, width, height);
            total += denominator == 0
                    ? Double.POSITIVE_INFINITY
                    : 10.0 * Math.log10(Psnr.PEAK_SQUARED / denominator);
        }
        return total / planes.count();
    }

    /**
     * BEF of one row-major plane, in squared sample units: how much larger the mean squared
     * difference between neighbours across block boundaries is than inside blocks, scaled by
     * {@code log2(8) / log2(min(width, height))}, and 0 when it is not larger.
     *
     * <p>Boundary differences are summed at columns (rows) 7, 15, … below {@code width − 1}, but
     * normalised by {@code height·(width/8 − 1)} pairs as in the reference code; the two agree when
     * the size is a multiple of 8 and differ slightly otherwise, which is kept for exactness.
     */
    static double blockingEffectFactor(double[] plane, int width, int height) {
        double boundarySum = 0;
        double interiorSum = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x + 1 < width; x++) {
                double d = plane[row + x] - plane[row + x + 1];
                if (x % BLOCK == BLOCK - 1) {
                    boundarySum += d * d;
                } else {
                    interiorSum += d * d;
                }
            }
        }
        for (int y = 0; y + 1 < height; y++) {
            boolean boundary = y % BLOCK == BLOCK - 1;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                double d = plane[row + x] - plane[row + width + x];
                if (boundary) {
                    boundarySum += d * d;
                } else {
                    interiorSum += d * d;
                }
            }
        }
        double boundaryHorizontal = (double) height * (width / BLOCK - 1);
        double boundaryVertical = (double) width * (height / BLOCK - 1);
        double boundaryCount = boundaryHorizontal + boundaryVertical;
        double interiorCount = (double) height * (width - 1) - boundaryHorizontal
                + (double) width * (height - 1) - boundaryVertical;
        double boundaryMean = boundarySum / boundaryCount;
        double interiorMean = interiorSum / interiorCount;
        if (boundaryMean <= interiorMean) {
            return 0;
        }
        double scale = Math.log(BLOCK) / Math.log(Math.min(width, height));
        return scale * (boundaryMean - interiorMean);
    }
}
