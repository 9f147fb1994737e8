package io.crbench.image;

/**
 * The ImageNet / ImageNet-C evaluation geometry: torchvision's
 * {@code Compose([Resize(256), CenterCrop(224)])} on a PIL image loaded by {@code ImageFolder}
 * (which converts every image to RGB first), pixel-identical to Pillow 9.4.
 *
 * <p>A gray image is resized and cropped as one channel and then copied into three: Pillow filters
 * each channel alone with the same weights, so this equals {@code convert("RGB")} followed by the
 * transforms (checked by {@code tools/pil_resize_reference.py}) at a third of the work.
 */
public final class ImageNetPreprocessing {
    /** Shorter side after the resize. */
    public static final int RESIZE = 256;
    /** Side of the square centre crop. */
    public static final int CROP = 224;

    private ImageNetPreprocessing() {
    }

    /** The 224x224 RGB network input for {@code image}. */
    public static Image8 apply(Image8 image) {
        Image8 resized = ShorterSideResize.apply(image, RESIZE);
        return CenterCrop.apply(resized, CROP, CROP).toRgb();
    }
}
