package io.crbench.restore;

import io.crbench.image.Image8;

/**
 * Conversions between 8-bit RGB images and the channel-first float planes restoration networks
 * take: values {@code sample / 255} in [0, 1], laid out C, H, W (one image of an NCHW batch).
 */
public final class ImageTensors {
    /** Channels of every network input and output: RGB. */
    public static final int CHANNELS = 3;

    private ImageTensors() {
    }

    /** The CHW floats of an RGB image. */
    public static float[] toChw(Image8 rgb) {
        float[] chw = new float[CHANNELS * rgb.pixelCount()];
        writeChw(rgb, chw, 0);
        return chw;
    }

    /** Writes the CHW floats of an RGB image into {@code dst} from {@code offset} on. */
    public static void writeChw(Image8 rgb, float[] dst, int offset) {
        if (rgb.channels() != CHANNELS) {
            throw new IllegalArgumentException("network tensors are RGB, got " + rgb.describe());
        }
        int plane = rgb.pixelCount();
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < CHANNELS; c++) {
                dst[offset + c * plane + i] = rgb.sampleAt(CHANNELS * i + c) / 255f;
            }
        }
    }

    /**
     * The RGB image of CHW floats starting at {@code offset}: each value clamped to [0, 1], scaled
     * by 255 and rounded half to even (as {@code torch.round} and {@code numpy.round} do).
     */
    public static Image8 fromChw(float[] chw, int offset, int width, int height) {
        int plane = width * height;
        if (offset < 0 || offset + CHANNELS * plane > chw.length) {
            throw new IllegalArgumentException("need " + CHANNELS * plane + " values from offset " + offset
                    + ", have " + chw.length);
        }
        byte[] s = new byte[CHANNELS * plane];
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < CHANNELS; c++) {
                float v = chw[offset + c * plane + i];
                // NaN clamps to 0 rather than poisoning the image: a diverged network is caught in training.
                float clamped = v > 1f ? 1f : (v >= 0f ? v : 0f);
                s[CHANNELS * i + c] = (byte) Math.rint(clamped * 255f);
            }
        }
        return Image8.of(width, height, CHANNELS, s);
    }
}
