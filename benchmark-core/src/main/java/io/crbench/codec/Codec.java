package io.crbench.codec;

import io.crbench.degradation.Condition;
import io.crbench.image.Image8;

/**
 * A lossy image codec at one fixed setting (quality, subsampling, speed): encode to bytes and
 * decode back. Implementations wrap real encoders (ImageIO's libjpeg, Debian's avifenc, …).
 */
public interface Codec {
    /** A stable id with the setting, e.g. {@code jpeg(q=10)} or {@code avif(q=25)}. */
    String id();

    /** The same setting as {@link #id()}, as data: the codec's family and its numeric levels. */
    Condition condition();

    /** The encoded bytes of {@code image}. */
    byte[] encode(Image8 image);

    /** The decoded image; {@code source} names the bytes in errors. */
    Image8 decode(byte[] encoded, String source);

    /** Encode then decode, keeping the stream's size. */
    default Compressed compress(Image8 image) {
        byte[] bytes = encode(image);
        return new Compressed(decode(bytes, id()), bytes.length, image.pixelCount());
    }

    /** Encode then decode: what a classifier sees after this codec. */
    default Image8 roundTrip(Image8 image) {
        return compress(image).image();
    }
}
