package io.crbench.degradation;

import io.crbench.codec.Compressed;
import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;

/**
 * FBCNN's non-aligned double JPEG, as its test script does it: JPEG at {@code q1}, the decoded
 * image cropped by {@code shift} rows and columns at the top and left (so the second 8×8 grid is
 * offset from the first), JPEG at {@code q2}. The output is {@code shift} pixels smaller in each
 * dimension and is scored against the equally cropped original ({@link #alignedReference}).
 * {@link DoubleJpeg} pads instead, keeping the size for classifiers.
 *
 * @param q1 first quality factor
 * @param q2 second quality factor (may exceed q1)
 * @param shift rows and columns cut before the second compression, 1..7
 */
public record CroppedDoubleJpeg(int q1, int q2, int shift) implements Compression {
    public CroppedDoubleJpeg {
        JpegCodec.pil(q1);
        JpegCodec.pil(q2);
        if (shift < 1 || shift > 7) {
            throw new IllegalArgumentException("grid shift of a cropped double JPEG must be 1..7 pixels, got " + shift);
        }
    }

    @Override
    public String id() {
        return "jpeg2crop(q1=" + q1 + ",q2=" + q2 + ",shift=" + shift + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "jpeg2crop").level("q1", q1).level("q2", q2).level("shift", shift);
    }

    @Override
    public Compressed compress(Image8 clean, long imageSeed) {
        Image8 once = JpegCodec.pil(q1).roundTrip(clean);
        return JpegCodec.pil(q2).compress(crop(once));
    }

    /** The clean image without the {@code shift} rows and columns the second compression never saw. */
    @Override
    public Image8 alignedReference(Image8 clean) {
        return crop(clean);
    }

    private Image8 crop(Image8 img) {
        if (img.width() <= shift || img.height() <= shift) {
            throw new IllegalArgumentException(id() + " needs an image larger than " + shift + " pixels each way, got "
                    + img.describe());
        }
        return img.crop(shift, shift, img.width() - shift, img.height() - shift);
    }

    @Override
    public String toString() {
        return id();
    }
}
