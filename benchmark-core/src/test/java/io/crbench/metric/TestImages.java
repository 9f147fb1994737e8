package io.crbench.metric;

import io.crbench.image.Image8;

/**
 * Deterministic test images. The same integer formulas are used by the NumPy port of BasicSR's
 * metric code that produced the reference values in the tests, so both sides see identical pixels.
 */
final class TestImages {
    private TestImages() {
    }

    /** A textured RGB image: (3x² + 7y + 40c + 5·((xy) mod 17)) mod 256. */
    static Image8 textured(int width, int height) {
        return Image8.generate(width, height, 3, TestImages::texture);
    }

    /** {@link #textured} plus a per-pixel ±10 pattern and a per-8×8-block offset, as JPEG blocking adds. */
    static Image8 distorted(int width, int height) {
        return Image8.generate(width, height, 3, (x, y, c) -> texture(x, y, c)
                + (31 * x + 17 * y + 7 * c) % 21 - 10
                + 2 * ((x / 8 + 3 * (y / 8) + c) % 5) - 4);
    }

    /** An image with every sample equal to {@code value}. */
    static Image8 constant(int width, int height, int channels, int value) {
        return Image8.generate(width, height, channels, (x, y, c) -> value);
    }

    /** {@code img} with {@code delta} added to every sample (clamped to 0..255). */
    static Image8 offset(Image8 img, int delta) {
        return Image8.generate(img.width(), img.height(), img.channels(), (x, y, c) -> img.sample(x, y, c) + delta);
    }

    private static int texture(int x, int y, int c) {
        return (3 * x * x + 7 * y + 40 * c + 5 * ((x * y) % 17)) % 256;
    }
}
