package io.crbench.image;

/**
 * The test pattern of {@code tools/pil_resize_reference.py}: gradients plus LCG noise at any size
 * (the 37×29 one equals the JPEG tests' pattern). Both sides compute it in integers, so the pixels
 * match.
 */
final class ResizeTestPattern {
    private ResizeTestPattern() {
    }

    static Image8 of(int width, int height, int channels) {
        byte[] s = new byte[width * height * channels];
        long state = 12345;
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) {
                    state = (state * 1103515245L + 12345) & 0x7fffffffL;
                    int noise = (int) ((state >> 16) % 64);
                    s[i++] = (byte) (((x * 255 / (width - 1)) * (c + 1) + y * 7 + noise * (c + 2)) % 256);
                }
            }
        }
        return Image8.of(width, height, channels, s);
    }
}
