package io.crbench.degradation;

import io.crbench.codec.Compressed;
import io.crbench.image.Image8;

/**
 * A degradation that is a lossy compression: besides the degraded image it knows the size of the
 * stream that produced it, so a grid can record bits per pixel and compare codecs at equal rate.
 * {@link #apply} is {@link #compress}'s image, and {@link #degrade} carries its bits per pixel.
 */
public interface Compression extends Degradation {
    /** The degraded image and the size of the (last) compressed stream it was decoded from. */
    Compressed compress(Image8 clean, long imageSeed);

    @Override
    default Image8 apply(Image8 clean, long imageSeed) {
        return compress(clean, imageSeed).image();
    }

    @Override
    default Degraded degrade(Image8 clean, long imageSeed) {
        Compressed out = compress(clean, imageSeed);
        return new Degraded(out.image(), out.bitsPerPixel());
    }
}
