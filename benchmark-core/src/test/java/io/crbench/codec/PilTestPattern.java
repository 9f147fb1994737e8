package io.crbench.codec;

import io.crbench.image.Image8;

/**
 * The 37×29 test pattern of {@code tools/pil_jpeg_reference.py}: gradients plus LCG noise, odd
 * size so edge-block padding is exercised. Both sides compute it in integers, so the pixels match.
 */
final class PilTestPattern {
    static final int WIDTH = 37;
    static final int HEIGHT = 29;

    private PilTestPattern() {
    }

    static Image8 of(int channels) {
        byte[] s = new byte[WIDTH * HEIGHT * channels];
        long state = 12345;
        int i = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                for (int c = 0; c < channels; c++) {
                    state = (state * 1103515245L + 12345) & 0x7fffffffL;
                    int noise = (int) ((state >> 16) % 64);
                    s[i++] = (byte) (((x * 255 / (WIDTH - 1)) * (c + 1) + y * 7 + noise * (c + 2)) % 256);
                }
            }
        }
        return Image8.of(WIDTH, HEIGHT, channels, s);
    }
}
