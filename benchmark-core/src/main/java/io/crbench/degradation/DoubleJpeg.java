package io.crbench.degradation;

import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;

/**
 * JPEG at {@code q1}, then JPEG at {@code q2} (seeds 001 and 004; FBCNN's double-compression
 * protocol). With a shift, the first {@code shift} rows and columns are cropped between the two
 * compressions, so the second 8×8 grid is not aligned with the first (FBCNN's non-aligned case);
 * {@link #reference} crops the clean image the same way.
 *
 * @param q1 first quality factor
 * @param q2 second quality factor (may exceed q1)
 * @param shift pixels cropped at top and left between the two compressions (0 = aligned grids)
 */
public record DoubleJpeg(int q1, int q2, int shift) implements Degradation {
    public DoubleJpeg {
        JpegCodec.pil(q1);
        JpegCodec.pil(q2);
        if (shift < 0 || shift > 7) {
            throw new IllegalArgumentException("grid shift must be 0..7 pixels, got " + shift);
        }
    }

    @Override
    public String id() {
        return "jpeg2(q1=" + q1 + ",q2=" + q2 + ",shift=" + shift + ")";
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        Image8 once = JpegCodec.pil(q1).roundTrip(clean);
        return JpegCodec.pil(q2).roundTrip(shifted(once));
    }

    @Override
    public Image8 reference(Image8 clean) {
        return shifted(clean);
    }

    private Image8 shifted(Image8 img) {
        return shift == 0 ? img : img.crop(shift, shift, img.width() - shift, img.height() - shift);
    }

    @Override
    public String toString() {
        return id();
    }
}
