package io.crbench.train;

import io.crbench.image.Image8;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random geometric augmentation of a training image as Keras' {@code ImageDataGenerator} does it
 * (seed 003 §4.1: zoom, shearing, horizontal flip, rotation, vertical and horizontal shifts): one
 * affine map about the image centre per draw, bilinear resampling, and the nearest edge pixel
 * outside the image (Keras' default {@code fill_mode="nearest"}).
 *
 * @param rotationDegrees rotation drawn uniformly from ±this
 * @param zoom scale drawn per axis uniformly from 1 ± this
 * @param shearDegrees shear angle drawn uniformly from ±this
 * @param shift translation per axis drawn uniformly from ±this fraction of the side
 * @param horizontalFlip whether half of the draws are mirrored left-right
 */
public record RandomAffine(double rotationDegrees, double zoom, double shearDegrees, double shift,
        boolean horizontalFlip) {
    /** No augmentation: every draw returns the image itself. */
    public static final RandomAffine NONE = new RandomAffine(0, 0, 0, 0, false);

    public RandomAffine {
        if (!(rotationDegrees >= 0 && zoom >= 0 && zoom < 1 && shearDegrees >= 0 && shearDegrees < 90 && shift >= 0)) {
            throw new IllegalArgumentException("augmentation ranges must be non-negative (zoom < 1, shear < 90°), got "
                    + "rotation " + rotationDegrees + ", zoom " + zoom + ", shear " + shearDegrees + ", shift " + shift);
        }
    }

    /** Flips only: the cheapest augmentation that still doubles the data. */
    public static RandomAffine flipOnly() {
        return new RandomAffine(0, 0, 0, 0, true);
    }

    /** One random variant of {@code image}, drawn from {@code rng}. */
    public Image8 apply(Image8 image, SplittableRandom rng) {
        double angle = Math.toRadians(uniform(rng, rotationDegrees));
        double zoomX = 1 + uniform(rng, zoom);
        double zoomY = 1 + uniform(rng, zoom);
        double shear = Math.toRadians(uniform(rng, shearDegrees));
        double shiftX = uniform(rng, shift) * image.width();
        double shiftY = uniform(rng, shift) * image.height();
        boolean flip = horizontalFlip && rng.nextBoolean();
        if (angle == 0 && zoomX == 1 && zoomY == 1 && shear == 0 && shiftX == 0 && shiftY == 0 && !flip) {
            return image;
        }
        // Output pixel → source pixel: p_src = A·(p_out − centre − shift) + centre, A the inverse
        // of rotation·shear·zoom, with the flip applied to the output coordinate first.
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[][] forward = {
            {cos * zoomX, (-sin + cos * Math.tan(shear)) * zoomY},
            {sin * zoomX, (cos + sin * Math.tan(shear)) * zoomY}};
        double det = forward[0][0] * forward[1][1] - forward[0][1] * forward[1][0];
        double a = forward[1][1] / det;
        double b = -forward[0][1] / det;
        double c = -forward[1][0] / det;
        double d = forward[0][0] / det;
        double cx = (image.width() - 1) / 2.0;
        double cy = (image.height() - 1) / 2.0;
        int w = image.width();
        int channels = image.channels();
        byte[] out = new byte[w * image.height() * channels];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < w; x++) {
                double ox = (flip ? w - 1 - x : x) - cx - shiftX;
                double oy = y - cy - shiftY;
                double sx = a * ox + b * oy + cx;
                double sy = c * ox + d * oy + cy;
                for (int ch = 0; ch < channels; ch++) {
                    out[(y * w + x) * channels + ch] = (byte) Math.round(bilinear(image, sx, sy, ch));
                }
            }
        }
        return Image8.of(w, image.height(), channels, out);
    }

    private static double uniform(SplittableRandom rng, double range) {
        return range == 0 ? 0 : (2 * rng.nextDouble() - 1) * range;
    }

    private static double bilinear(Image8 image, double x, double y, int channel) {
        double cx = Math.max(0, Math.min(image.width() - 1, x));
        double cy = Math.max(0, Math.min(image.height() - 1, y));
        int x0 = (int) Math.floor(cx);
        int y0 = (int) Math.floor(cy);
        int x1 = Math.min(x0 + 1, image.width() - 1);
        int y1 = Math.min(y0 + 1, image.height() - 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = image.sample(x0, y0, channel) * (1 - fx) + image.sample(x1, y0, channel) * fx;
        double bottom = image.sample(x0, y1, channel) * (1 - fx) + image.sample(x1, y1, channel) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /** Every setting in a stable text form, for checkpoint keys. */
    public String id() {
        return String.format(Locale.ROOT, "affine(rot=%s,zoom=%s,shear=%s,shift=%s,flip=%s)", rotationDegrees, zoom,
                shearDegrees, shift, horizontalFlip);
    }
}
