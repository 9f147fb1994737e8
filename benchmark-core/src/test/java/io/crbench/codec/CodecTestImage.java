package io.crbench.codec;

import io.crbench.image.Image8;

/** A natural-looking 64×48 test image: smooth colour gradients, a soft disc and mild texture. */
final class CodecTestImage {
    static final int WIDTH = 64;
    static final int HEIGHT = 48;

    private CodecTestImage() {
    }

    static Image8 rgb() {
        return Image8.generate(WIDTH, HEIGHT, 3, CodecTestImage::sample);
    }

    static Image8 gray() {
        return Image8.generate(WIDTH, HEIGHT, 1, CodecTestImage::sample);
    }

    private static int sample(int x, int y, int c) {
        int dx = x - 40;
        int dy = y - 20;
        int disc = dx * dx + dy * dy < 150 ? 60 : 0;
        int texture = (x * 7 + y * 13 + c * 5) % 11 - 5;
        return 40 + x * 2 + y * (c + 1) + disc * (c == 1 ? -1 : 1) + texture;
    }
}
