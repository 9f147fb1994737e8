package io.crbench.image;

import java.util.Arrays;

/**
 * Pillow's {@code Image.resize((width, height), Image.BILINEAR)} for 8-bit gray ("L") and RGB
 * images, pixel-identical to Pillow 9.4 (the version the reference hashes were made with).
 *
 * <p>This is Pillow's convolution resampler, not textbook two-tap bilinear interpolation: the
 * triangle filter's support is widened by the downscale factor (antialiasing), and weights are
 * fixed-point with 22 fractional bits ({@link PilBilinearWeights}). Like Pillow's
 * {@code ImagingResampleInner}, it runs a horizontal pass first, only when the width changes, then
 * a vertical pass, only when the height changes. Each pass rounds and clamps to 8 bits, so the order
 * matters: vertical-then-horizontal would differ in some pixels. Channels are filtered
 * independently with the same weights, so resizing a gray image and then copying it into three
 * channels gives exactly what Pillow gives for {@code convert("RGB")} followed by the resize.
 */
public final class PilResize {
    private PilResize() {
    }

    /** The image resized to {@code width x height}, as Pillow's bilinear resize does it. */
    public static Image8 bilinear(Image8 image, int width, int height) {
        requirePositive(width, height);
        Image8 out = image.width() != width ? horizontalPass(image, width) : image;
        return out.height() != height ? verticalPass(out, height) : out;
    }

    /**
     * Pillow's horizontal pass alone ({@code ImagingResampleHorizontal_8bpc}): every row resampled to
     * {@code width} samples, the height unchanged.
     */
    public static Image8 horizontalPass(Image8 image, int width) {
        requirePositive(width, image.height());
        int ch = image.channels();
        int inW = image.width();
        int h = image.height();
        PilBilinearWeights pw = PilBilinearWeights.of(inW, width);
        int[] k = pw.weights();
        int stride = pw.stride();
        byte[] src = image.samples();
        byte[] dst = new byte[width * h * ch];
        for (int y = 0; y < h; y++) {
            int rowIn = y * inW * ch;
            int o = y * width * ch;
            for (int xx = 0; xx < width; xx++) {
                int p = rowIn + pw.first(xx) * ch;
                int end = p + pw.count(xx) * ch;
                int kk = xx * stride;
                // One loop per layout: a channel loop inside the few taps makes this pass half as slow again.
                if (ch == 3) {
                    int ss0 = PilBilinearWeights.HALF;
                    int ss1 = ss0;
                    int ss2 = ss0;
                    for (; p < end; p += 3, kk++) {
                        int w = k[kk];
                        ss0 += (src[p] & 0xff) * w;
                        ss1 += (src[p + 1] & 0xff) * w;
                        ss2 += (src[p + 2] & 0xff) * w;
                    }
                    dst[o++] = PilBilinearWeights.clip8(ss0);
                    dst[o++] = PilBilinearWeights.clip8(ss1);
                    dst[o++] = PilBilinearWeights.clip8(ss2);
                } else {
                    int ss = PilBilinearWeights.HALF;
                    for (; p < end; p++, kk++) {
                        ss += (src[p] & 0xff) * k[kk];
                    }
                    dst[o++] = PilBilinearWeights.clip8(ss);
                }
            }
        }
        return Image8.of(width, h, ch, dst);
    }

    /**
     * Pillow's vertical pass alone ({@code ImagingResampleVertical_8bpc}): every column resampled to
     * {@code height} samples, the width unchanged.
     */
    public static Image8 verticalPass(Image8 image, int height) {
        requirePositive(image.width(), height);
        int rowLen = image.width() * image.channels();
        PilBilinearWeights pw = PilBilinearWeights.of(image.height(), height);
        int[] k = pw.weights();
        int stride = pw.stride();
        byte[] src = image.samples();
        byte[] dst = new byte[rowLen * height];
        int[] acc = new int[rowLen];
        for (int yy = 0; yy < height; yy++) {
            Arrays.fill(acc, PilBilinearWeights.HALF);
            int kOff = yy * stride;
            // Row by row rather than tap by tap per sample: the same integer sums, in cache order.
            for (int i = 0, n = pw.count(yy); i < n; i++) {
                int w = k[kOff + i];
                int rowIn = (pw.first(yy) + i) * rowLen;
                for (int s = 0; s < rowLen; s++) {
                    acc[s] += (src[rowIn + s] & 0xff) * w;
                }
            }
            int o = yy * rowLen;
            for (int s = 0; s < rowLen; s++) {
                dst[o + s] = PilBilinearWeights.clip8(acc[s]);
            }
        }
        return Image8.of(image.width(), height, image.channels(), dst);
    }

    private static void requirePositive(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("resize target must be positive, got " + width + "x" + height);
        }
    }
}
