package io.crbench.image;

/**
 * torchvision's {@code CenterCrop} for PIL images ({@code transforms.functional.center_crop}).
 *
 * <p>The offsets are {@code int(round((H - h) / 2.0))} and {@code int(round((W - w) / 2.0))}, and
 * Python 3's {@code round} rounds halves to even: a spare odd pixel goes to the top/left edge when
 * {@code (H - h) / 2} is 16.5 (offset 16) but to the bottom/right edge when it is 17.5 (offset 18).
 * {@link Math#rint} is the same rounding. (Some torchvision revisions of mid-2020 computed
 * {@code int((H - h + 1) * 0.5)}, rounding halves up, instead.) A crop larger than the image, which
 * torchvision zero-pads, is rejected here: the ImageNet pipeline never asks for one.
 */
public final class CenterCrop {
    private CenterCrop() {
    }

    /** The centred {@code width x height} window of {@code image}. */
    public static Image8 apply(Image8 image, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("crop size must be positive, got " + width + "x" + height);
        }
        if (width > image.width() || height > image.height()) {
            throw new IllegalArgumentException("centre crop " + width + "x" + height
                    + " is larger than the " + image.width() + "x" + image.height() + " image");
        }
        return image.crop(offset(image.width(), width), offset(image.height(), height), width, height);
    }

    /**
     * torchvision's offset of a {@code cropSize} window centred in {@code size}:
     * {@code (size - cropSize) / 2} rounded half to even.
     */
    public static int offset(int size, int cropSize) {
        return (int) Math.rint((size - cropSize) / 2.0);
    }
}
