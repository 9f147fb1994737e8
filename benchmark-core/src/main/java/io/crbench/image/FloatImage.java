package io.crbench.image;

/**
 * An image with real-valued samples on the 8-bit scale (0..255 nominal, values outside allowed),
 * laid out like {@link Image8}. It holds what an 8-bit image cannot: unclipped, unrounded noise
 * (seed 003's Gaussian CIFAR-10).
 */
public final class FloatImage {
    private final int width;
    private final int height;
    private final int channels;
    private final double[] samples;

    private FloatImage(int width, int height, int channels, double[] samples) {
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.samples = samples;
    }

    /** An image over a copy of {@code samples} (interleaved, row-major). */
    public static FloatImage of(int width, int height, int channels, double[] samples) {
        if (samples.length != width * height * channels) {
            throw new IllegalArgumentException("expected " + width * height * channels + " samples, got "
                    + samples.length);
        }
        return new FloatImage(width, height, channels, samples.clone());
    }

    /** The exact real-valued copy of an 8-bit image. */
    public static FloatImage of(Image8 img) {
        double[] s = new double[img.pixelCount() * img.channels()];
        for (int i = 0; i < s.length; i++) {
            s[i] = img.sampleAt(i);
        }
        return new FloatImage(img.width(), img.height(), img.channels(), s);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return channels;
    }

    /** The sample at interleaved index i. */
    public double sampleAt(int i) {
        return samples[i];
    }

    /** Mean squared error against an 8-bit reference of the same shape, over all samples. */
    public double meanSquaredErrorTo(Image8 reference) {
        if (reference.width() != width || reference.height() != height || reference.channels() != channels) {
            throw new IllegalArgumentException("image shapes differ: " + reference.describe() + " vs "
                    + width + "x" + height + "x" + channels);
        }
        double sum = 0;
        for (int i = 0; i < samples.length; i++) {
            double d = samples[i] - reference.sampleAt(i);
            sum += d * d;
        }
        return sum / samples.length;
    }

    /** Rounded to the nearest integer and clipped to 0..255. */
    public Image8 toImage8() {
        byte[] s = new byte[samples.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) Math.max(0, Math.min(255, Math.round(samples[i])));
        }
        return Image8.of(width, height, channels, s);
    }
}
