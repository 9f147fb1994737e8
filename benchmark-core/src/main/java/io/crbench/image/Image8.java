package io.crbench.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * An immutable 8-bit image: one channel (gray) or three (RGB), samples interleaved row by row.
 *
 * <p>This is the one pixel type every codec, degradation and metric works on, so that "what went
 * in" is never ambiguous (no premultiplied alpha, no colour model, no float rounding).
 */
public final class Image8 {
    private final int width;
    private final int height;
    private final int channels;
    private final byte[] samples;

    private Image8(int width, int height, int channels, byte[] samples) {
        requireShape(width, height, channels);
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.samples = samples;
    }

    /** An image over a copy of {@code samples} (interleaved, row-major, {@code width*height*channels} bytes). */
    public static Image8 of(int width, int height, int channels, byte[] samples) {
        requireShape(width, height, channels);
        if (samples.length != width * height * channels) {
            throw new IllegalArgumentException("expected " + width * height * channels
                    + " samples for " + width + "x" + height + "x" + channels + ", got " + samples.length);
        }
        return new Image8(width, height, channels, samples.clone());
    }

    private static void requireShape(int width, int height, int channels) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (gray) or 3 (RGB), got " + channels);
        }
    }

    /** An image whose sample at (x, y, c) is {@code f.sample(x, y, c)}, clamped to 0..255. */
    public static Image8 generate(int width, int height, int channels, SampleFunction f) {
        requireShape(width, height, channels);
        byte[] s = new byte[width * height * channels];
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) {
                    s[i++] = (byte) Math.max(0, Math.min(255, f.sample(x, y, c)));
                }
            }
        }
        return new Image8(width, height, channels, s);
    }

    /** Sample values of a generated image. */
    @FunctionalInterface
    public interface SampleFunction {
        /** The value (0..255, clamped) at column x, row y, channel c. */
        int sample(int x, int y, int c);
    }

    /**
     * Converts a decoded AWT image. Gray images (including palette images whose palette is gray, as
     * 8-bit BMPs are) stay one channel; everything else becomes RGB. Alpha is rejected rather than
     * silently dropped, because the papers' codecs never see it. So are samples of more than 8
     * bits (16-bit PNGs): PIL would clip them to 8 bits when converting, a loss nobody should get
     * without asking.
     */
    public static Image8 fromBufferedImage(BufferedImage img) {
        if (img.getColorModel().hasAlpha()) {
            throw new IllegalArgumentException("images with an alpha channel are not supported");
        }
        for (int bits : img.getSampleModel().getSampleSize()) {
            if (bits > 8) {
                throw new IllegalArgumentException(bits + "-bit samples are not supported (crbench's pipelines are"
                        + " 8-bit, as the papers'); convert the image to 8 bits per sample first");
            }
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int direct = directChannels(img);
        if (direct > 0) {
            // The raster's own samples, not getRGB(): getRGB would convert through an embedded ICC
            // profile, which PIL (and so every paper's pipeline) ignores.
            // Row by row: the samples of a whole image as ints would be four times its size again.
            int[] row = new int[w * direct];
            byte[] s = new byte[w * h * direct];
            for (int y = 0; y < h; y++) {
                img.getRaster().getPixels(0, y, w, 1, row);
                for (int i = 0; i < row.length; i++) {
                    s[y * row.length + i] = (byte) row[i];
                }
            }
            return new Image8(w, h, direct, s);
        }
        if (img.getColorModel() instanceof IndexColorModel icm && isGrayPalette(icm)) {
            byte[] s = new byte[w * h];
            int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < argb.length; i++) {
                s[i] = (byte) (argb[i] & 0xff);
            }
            return new Image8(w, h, 1, s);
        }
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] s = new byte[w * h * 3];
        for (int i = 0, j = 0; i < argb.length; i++) {
            s[j++] = (byte) (argb[i] >> 16);
            s[j++] = (byte) (argb[i] >> 8);
            s[j++] = (byte) argb[i];
        }
        return new Image8(w, h, 3, s);
    }

    /**
     * 1 or 3 when the image's raster holds 8-bit gray or R, G, B samples that can be read as they
     * are (decoded JPEG, PNG, BMP), 0 when its colours must go through the colour model (palettes).
     */
    private static int directChannels(BufferedImage img) {
        ColorModel cm = img.getColorModel();
        int n = cm.getNumComponents();
        int type = cm.getColorSpace().getType();
        boolean grayOrRgb = (n == 1 && type == ColorSpace.TYPE_GRAY) || (n == 3 && type == ColorSpace.TYPE_RGB);
        if (cm instanceof IndexColorModel || !grayOrRgb || img.getRaster().getNumBands() != n) {
            return 0;
        }
        for (int bits : cm.getComponentSize()) {
            if (bits != 8) {
                return 0;
            }
        }
        return n;
    }

    private static boolean isGrayPalette(IndexColorModel icm) {
        for (int i = 0; i < icm.getMapSize(); i++) {
            if (icm.getRed(i) != icm.getGreen(i) || icm.getGreen(i) != icm.getBlue(i)) {
                return false;
            }
        }
        return true;
    }

    /** A {@code TYPE_BYTE_GRAY} or {@code TYPE_3BYTE_BGR} copy, the layouts ImageIO's writers accept. */
    public BufferedImage toBufferedImage() {
        if (channels == 1) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            System.arraycopy(samples, 0, dst, 0, samples.length);
            return img;
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < samples.length; i += 3) {
            dst[i] = samples[i + 2];
            dst[i + 1] = samples[i + 1];
            dst[i + 2] = samples[i];
        }
        return img;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** 1 for gray, 3 for RGB. */
    public int channels() {
        return channels;
    }

    public boolean isGray() {
        return channels == 1;
    }

    /** Number of pixels, {@code width*height}. */
    public int pixelCount() {
        return width * height;
    }

    /** The sample at column x, row y, channel c, as 0..255. */
    public int sample(int x, int y, int c) {
        return samples[(y * width + x) * channels + c] & 0xff;
    }

    /** The sample at interleaved index i (0 .. width*height*channels-1), as 0..255. */
    public int sampleAt(int i) {
        return samples[i] & 0xff;
    }

    /** A copy of the interleaved samples. */
    public byte[] samples() {
        return samples.clone();
    }

    /** One channel as a row-major plane of values 0..255. */
    public double[] plane(int c) {
        if (c < 0 || c >= channels) {
            throw new IllegalArgumentException("channel " + c + " out of range for " + channels + " channel(s)");
        }
        double[] p = new double[width * height];
        for (int i = 0; i < p.length; i++) {
            p[i] = samples[i * channels + c] & 0xff;
        }
        return p;
    }

    /**
     * Σ (this − other)² over channel {@code c} of two images of the same shape, exactly: what a
     * metric would sum over the two {@link #plane}s, without making them.
     */
    public long sumOfSquaredDifferences(Image8 other, int c) {
        requireSameShape(other);
        if (c < 0 || c >= channels) {
            throw new IllegalArgumentException("channel " + c + " out of range for " + channels + " channel(s)");
        }
        long sum = 0;
        for (int i = c; i < samples.length; i += channels) {
            int d = (samples[i] & 0xff) - (other.samples[i] & 0xff);
            sum += d * d;
        }
        return sum;
    }

    /** The same pixels as three identical RGB channels (a gray image) or this image (already RGB). */
    public Image8 toRgb() {
        if (channels == 3) {
            return this;
        }
        byte[] s = new byte[width * height * 3];
        for (int i = 0; i < samples.length; i++) {
            s[3 * i] = samples[i];
            s[3 * i + 1] = samples[i];
            s[3 * i + 2] = samples[i];
        }
        return new Image8(width, height, 3, s);
    }

    /** The rectangle (x, y, w, h) of this image. */
    public Image8 crop(int x, int y, int w, int h) {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height) {
            throw new IllegalArgumentException("crop " + w + "x" + h + "+" + x + "+" + y
                    + " outside " + width + "x" + height);
        }
        byte[] s = new byte[w * h * channels];
        for (int row = 0; row < h; row++) {
            System.arraycopy(samples, ((y + row) * width + x) * channels, s, row * w * channels, w * channels);
        }
        return new Image8(w, h, channels, s);
    }

    /** Whether both images have the same size and channel count. */
    public boolean sameShape(Image8 other) {
        return width == other.width && height == other.height && channels == other.channels;
    }

    /** Throws a clear error unless both images have the same shape. */
    public void requireSameShape(Image8 other) {
        if (!sameShape(other)) {
            throw new IllegalArgumentException("image shapes differ: " + describe() + " vs " + other.describe());
        }
    }

    /** Shape as {@code WxHxC}. */
    public String describe() {
        return width + "x" + height + "x" + channels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image8 other && sameShape(other) && Arrays.equals(samples, other.samples);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Image8[" + describe() + "]";
    }
}
