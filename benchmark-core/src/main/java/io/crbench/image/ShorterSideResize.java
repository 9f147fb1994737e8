package io.crbench.image;

/**
 * torchvision's {@code Resize(size)} with an int size for PIL images: the shorter side becomes
 * {@code size}, the longer one {@code int(size * long / short)} (truncated, not rounded, as
 * {@code _compute_resized_output_size} and older torchvision's {@code resize} compute it), and the
 * pixels come from Pillow's bilinear resize ({@link PilResize}). An image whose shorter side already
 * is {@code size} is returned unchanged.
 */
public final class ShorterSideResize {
    private ShorterSideResize() {
    }

    /** The image resized so that its shorter side is {@code size}, aspect ratio kept as torchvision keeps it. */
    public static Image8 apply(Image8 image, int size) {
        int w = image.width();
        int h = image.height();
        int newLong = longerSide(size, Math.min(w, h), Math.max(w, h));
        return w <= h ? PilResize.bilinear(image, size, newLong) : PilResize.bilinear(image, newLong, size);
    }

    /**
     * The resized longer side: {@code int(size * longSide / shortSide)} with Python's true division,
     * which is one correctly rounded double division, so Java's gives the same value.
     */
    public static int longerSide(int size, int shortSide, int longSide) {
        if (size <= 0) {
            throw new IllegalArgumentException("shorter-side size must be positive, got " + size);
        }
        if (shortSide <= 0 || longSide < shortSide) {
            throw new IllegalArgumentException("need 0 < shortSide <= longSide, got " + shortSide + " and " + longSide);
        }
        return (int) ((double) ((long) size * longSide) / shortSide);
    }
}
