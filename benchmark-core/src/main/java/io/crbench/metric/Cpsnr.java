package io.crbench.metric;

import io.crbench.image.Image8;

/**
 * Colour PSNR (CPSNR): PSNR with the MSE taken jointly over the three RGB channels of an image,
 * without cropping. It is {@link Psnr#psnr} on {@link MetricChannel#RGB} with {@code cropBorder = 0}.
 *
 * <p>Papers aggregate CPSNR over a data set in one of two ways, which can differ by tenths of a dB:
 * <ul>
 *   <li>the mean of per-image CPSNR: average {@link #cpsnr} over the images;</li>
 *   <li>the CPSNR of the mean MSE: average the per-image MSEs first, then convert once with
 *       {@link #cpsnrOfMeanMse}. This is never larger than the first, by Jensen's inequality.</li>
 * </ul>
 */
public final class Cpsnr {
    private Cpsnr() {
    }

    /**
     * CPSNR in dB of one image pair.
     *
     * @param reference the undistorted image
     * @param test the image to score; same shape as {@code reference}
     * @return CPSNR in dB, {@code +Infinity} for identical images; for gray images the gray-plane PSNR,
     *     which equals the CPSNR of the same image replicated to RGB
     */
    public static double cpsnr(Image8 reference, Image8 test) {
        return Psnr.psnr(reference, test, MetricChannel.RGB, 0);
    }

    /**
     * CPSNR in dB of a data set's mean MSE (the second aggregation convention above).
     *
     * @param perImageMse each image's joint-RGB MSE, as {@link Psnr#mse} on RGB with crop 0
     * @return {@code 10·log10(255² / mean(perImageMse))}
     */
    public static double cpsnrOfMeanMse(double[] perImageMse) {
        if (perImageMse.length == 0) {
            throw new IllegalArgumentException("no per-image MSE values");
        }
        double sum = 0;
        for (int i = 0; i < perImageMse.length; i++) {
            double mse = perImageMse[i];
            if (!(mse >= 0) || Double.isInfinite(mse)) {
                throw new IllegalArgumentException("MSE of image " + i + " must be finite and >= 0, got " + mse);
            }
            sum += mse;
        }
        return Psnr.fromMse(sum / perImageMse.length);
    }
}
