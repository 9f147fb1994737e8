package io.crbench.degradation;

import io.crbench.codec.Compressed;
import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;

/**
 * JPEG at {@code q1}, then JPEG at {@code q2} (seeds 001 and 004; FBCNN's double-compression
 * protocol). With a shift, the second compression's 8×8 grid is offset by ({@code shift},
 * {@code shift}) pixels from the first (the non-aligned case): the once-compressed image is padded
 * by {@code shift} replicated rows and columns at the top and left, compressed again, and the
 * padding cut off. FBCNN crops instead of padding; padding gives the same grid offset but keeps
 * the image size, so classifiers and full-reference metrics need no re-alignment.
 *
 * @param q1 first quality factor
 * @param q2 second quality factor (may exceed q1)
 * @param shift grid offset of the second compression in pixels (0 = aligned grids)
 */
public record DoubleJpeg(int q1, int q2, int shift) implements Compression {
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
    public Condition condition() {
        return Condition.of(id(), "jpeg2").level("q1", q1).level("q2", q2).level("shift", shift);
    }

    /** The twice-compressed image; the size is the second stream's, the one a user would store. */
    @Override
    public Compressed compress(Image8 clean, long imageSeed) {
        Image8 once = JpegCodec.pil(q1).roundTrip(clean);
        if (shift == 0) {
            return JpegCodec.pil(q2).compress(once);
        }
        Compressed twice = JpegCodec.pil(q2).compress(padTopLeft(once, shift));
        return new Compressed(twice.image().crop(shift, shift, clean.width(), clean.height()), twice.bytes(),
                twice.pixels());
    }

    /** {@code img} with {@code n} copies of its first row and column added above and to the left. */
    private static Image8 padTopLeft(Image8 img, int n) {
        return Image8.generate(img.width() + n, img.height() + n, img.channels(),
                (x, y, c) -> img.sample(Math.max(0, x - n), Math.max(0, y - n), c));
    }

    @Override
    public String toString() {
        return id();
    }
}
