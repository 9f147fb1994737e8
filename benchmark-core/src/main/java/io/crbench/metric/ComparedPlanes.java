package io.crbench.metric;

import io.crbench.image.Image8;
import io.crbench.image.YCbCr;

/**
 * The planes a full-reference metric compares: each image cropped by {@code cropBorder} pixels on
 * every side (BasicSR's {@code crop_border}), then reduced to the chosen channel(s).
 *
 * @param width width of each plane after cropping
 * @param height height of each plane after cropping
 * @param reference the reference image's planes, row-major, one per compared channel
 * @param test the test image's planes, same layout
 */
record ComparedPlanes(int width, int height, double[][] reference, double[][] test) {

    /** Checks that the images match in shape and the crop leaves pixels, then extracts the planes. */
    static ComparedPlanes of(Image8 reference, Image8 test, MetricChannel channel, int cropBorder) {
        reference.requireSameShape(test);
        if (channel == null) {
            throw new IllegalArgumentException("metric channel must not be null");
        }
        if (cropBorder < 0) {
            throw new IllegalArgumentException("cropBorder must be >= 0, got " + cropBorder);
        }
        int width = reference.width() - 2 * cropBorder;
        int height = reference.height() - 2 * cropBorder;
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("cropBorder " + cropBorder + " leaves no pixels of a "
                    + reference.describe() + " image");
        }
        return new ComparedPlanes(width, height,
                planes(crop(reference, cropBorder, width, height), channel),
                planes(crop(test, cropBorder, width, height), channel));
    }

    /** Number of compared planes: 3 for RGB images on {@link MetricChannel#RGB}, otherwise 1. */
    int count() {
        return reference.length;
    }

    private static Image8 crop(Image8 img, int border, int width, int height) {
        return border == 0 ? img : img.crop(border, border, width, height);
    }

    private static double[][] planes(Image8 img, MetricChannel channel) {
        if (channel == MetricChannel.Y || img.isGray()) {
            return new double[][] {YCbCr.lumaPlane(img)};
        }
        return new double[][] {img.plane(0), img.plane(1), img.plane(2)};
    }
}
