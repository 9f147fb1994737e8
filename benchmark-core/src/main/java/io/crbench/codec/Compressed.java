package io.crbench.codec;

import io.crbench.image.Image8;

/**
 * What one encode/decode produced: the decoded image and the size of the stream the decoder read,
 * so that codecs can be compared at equal rate.
 *
 * @param image the decoded image
 * @param bytes size of the encoded stream (the file a user would store)
 * @param pixels pixels of the encoded image
 */
public record Compressed(Image8 image, long bytes, long pixels) {
    public Compressed {
        if (bytes <= 0 || pixels <= 0) {
            throw new IllegalArgumentException("a compressed image has a positive size and pixel count, got " + bytes
                    + " bytes for " + pixels + " pixels");
        }
    }

    /** Bits per pixel: file bytes × 8 / pixels of the encoded image. */
    public double bitsPerPixel() {
        return bytes * 8.0 / pixels;
    }
}
