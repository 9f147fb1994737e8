package io.crbench.metric;

import io.crbench.image.Image8;

/**
 * Peak signal-to-noise ratio of 8-bit images, as BasicSR's {@code calculate_psnr}:
 * {@code 10·log10(255² / MSE)} with the MSE taken over every compared sample after cropping.
 */
public final class Psnr {
    /** Peak value squared of 8-bit samples. */
    static final double PEAK_SQUARED = 255.0 * 255.0;

    private Psnr() {
    }

    /**
     * PSNR in dB of {@code test} against {@code reference}.
     *
     * @param reference the undistorted image
     * @param test the image to score; same shape as {@code reference}
     * @param channel RGB: MSE jointly over all three channels; Y: over the unrounded luma plane
     * @param cropBorder pixels dropped on each side before measuring (0 for none)
     * @return PSNR in dB, {@code +Infinity} when the compared samples are identical
     */
    public static double psnr(Image8 reference, Image8 test, MetricChannel channel, int cropBorder) {
        return fromMse(mse(reference, test, channel, cropBorder));
    }

    /**
     * Mean squared error (in 8-bit units squared) over all compared samples; same conventions as
     * {@link #psnr}.
     */
    public static double mse(Image8 reference, Image8 test, MetricChannel channel, int cropBorder) {
        if (channel == MetricChannel.RGB && cropBorder == 0 && !reference.isGray()) {
            // The planes' sum of integer squares is exact in a double, so summing the samples
            // directly gives the same value without three planes of doubles per image.
            reference.requireSameShape(test);
            double sum = 0;
            for (int c = 0; c < reference.channels(); c++) {
                sum += reference.sumOfSquaredDifferences(test, c);
            }
            return sum / ((double) reference.channels() * reference.width() * reference.height());
        }
        ComparedPlanes planes = ComparedPlanes.of(reference, test, channel, cropBorder);
        double sum = 0;
        for (int c = 0; c < planes.count(); c++) {
            sum += sumOfSquaredDifferences(planes.reference()[c], planes.test()[c]);
        }
        return sum / ((double) planes.count() * planes.width() * planes.height());
    }

    /**
     * PSNR in dB for an MSE in 8-bit units squared: {@code 10·log10(255² / mse)}.
     *
     * @param mse mean squared error, finite and {@code >= 0}
     * @return PSNR in dB, {@code +Infinity} for {@code mse == 0}
     */
    public static double fromMse(double mse) {
        if (!(mse >= 0) || Double.isInfinite(mse)) {
            throw new IllegalArgumentException("MSE must be finite and >= 0, got " + mse);
        }
        return mse == 0 ? Double.POSITIVE_INFINITY : 10.0 * Math.log10(PEAK_SQUARED / mse);
    }

    /** Sum of (a[i] − b[i])² over two planes of equal length. */
    static double sumOfSquaredDifferences(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }
}
