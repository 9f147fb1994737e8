package io.crbench.baselines.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * The window bookkeeping of Swin transformers (Liu et al. 2021) on channel-last feature maps
 * {@code (B, H, W, C)}: cutting them into non-overlapping {@code window × window} windows and back,
 * the cyclic shift of the shifted-window layers, the attention mask that keeps a shifted window
 * from attending across the wrapped-around border, and the relative position index of the bias
 * table. Windows are ordered row by row, and tokens inside a window row by row, as in SwinIR's
 * {@code window_partition}.
 */
final class Windows {
    /** Added to the attention logits of token pairs from different image regions (SwinIR's value). */
    static final float MASKED = -100f;

    private Windows() {
    }

    /** {@code (B, H, W, C)} → {@code (B · H/w · W/w, w², C)}. */
    static NDArray partition(NDArray x, int window) {
        Shape s = x.getShape();
        long b = s.get(0);
        long h = s.get(1);
        long w = s.get(2);
        long c = s.get(3);
        requireMultiple(h, w, window);
        return x.reshape(b, h / window, window, w / window, window, c)
                .transpose(0, 1, 3, 2, 4, 5)
                .reshape(-1, (long) window * window, c);
    }

    /** The inverse of {@link #partition}: {@code (B · H/w · W/w, w², C)} → {@code (B, H, W, C)}. */
    static NDArray merge(NDArray windows, int window, long height, long width) {
        long c = windows.getShape().get(2);
        return windows.reshape(-1, height / window, width / window, window, window, c)
                .transpose(0, 1, 3, 2, 4, 5)
                .reshape(-1, height, width, c);
    }

    /**
     * Cyclic shift over H and W, {@code torch.roll(x, (−shift, −shift), (1, 2))}: output pixel (y, x)
     * is input pixel ((y + shift) mod H, (x + shift) mod W). A negative shift rolls back.
     */
    static NDArray roll(NDArray x, int shift) {
        Shape s = x.getShape();
        long h = Math.floorMod(shift, s.get(1));
        long w = Math.floorMod(shift, s.get(2));
        NDArray rows = h == 0 ? x : x.get(new NDIndex(":, {}:", h)).concat(x.get(new NDIndex(":, :{}", h)), 1);
        return w == 0 ? rows
                : rows.get(new NDIndex(":, :, {}:", w)).concat(rows.get(new NDIndex(":, :, :{}", w)), 2);
    }

    /**
     * The attention mask of the shifted windows of an {@code height × width} map, as
     * {@code (H/w · W/w, w², w²)} values: 0 where both tokens come from the same region of the
     * unshifted image, {@link #MASKED} where the cyclic shift brought them together (SwinIR's
     * {@code calculate_mask}: regions split at {@code −window} and {@code −shift} on each axis).
     */
    static float[] shiftMask(int height, int width, int window, int shift) {
        requireMultiple(height, width, window);
        int tokens = window * window;
        int windowsX = width / window;
        int count = (height / window) * windowsX;
        float[] mask = new float[count * tokens * tokens];
        int[] region = new int[tokens];
        for (int k = 0; k < count; k++) {
            int top = (k / windowsX) * window;
            int left = (k % windowsX) * window;
            for (int t = 0; t < tokens; t++) {
                region[t] = 3 * band(top + t / window, height, window, shift) + band(left + t % window, width, window,
                        shift);
            }
            int base = k * tokens * tokens;
            for (int i = 0; i < tokens; i++) {
                for (int j = 0; j < tokens; j++) {
                    mask[base + i * tokens + j] = region[i] == region[j] ? 0f : MASKED;
                }
            }
        }
        return mask;
    }

    private static int band(int position, int side, int window, int shift) {
        if (position < side - window) {
            return 0;
        }
        return position < side - shift ? 1 : 2;
    }

    /**
     * For {@code NDArray.take} on the flattened bias table {@code ((2w − 1)², heads)}: entry
     * {@code (h, i, j)} of the returned {@code heads × w² × w²} indices points at the table row of the
     * offset between tokens i and j of a window ({@code (Δy + w − 1)(2w − 1) + Δx + w − 1}), column h.
     */
    static long[] relativePositionIndex(int window, int heads) {
        int tokens = window * window;
        int span = 2 * window - 1;
        long[] index = new long[heads * tokens * tokens];
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < tokens; i++) {
                for (int j = 0; j < tokens; j++) {
                    int dy = i / window - j / window + window - 1;
                    int dx = i % window - j % window + window - 1;
                    index[(h * tokens + i) * tokens + j] = (long) (dy * span + dx) * heads + h;
                }
            }
        }
        return index;
    }

    private static void requireMultiple(long height, long width, int window) {
        if (height % window != 0 || width % window != 0) {
            throw new IllegalArgumentException("feature map " + height + "x" + width
                    + " is not a multiple of the " + window + " px attention window (pad the input)");
        }
    }
}
