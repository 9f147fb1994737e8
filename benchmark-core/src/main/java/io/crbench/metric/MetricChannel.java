package io.crbench.metric;

/**
 * Which samples a full-reference image metric compares.
 *
 * <p>For a gray image both constants mean its single gray plane, as in BasicSR, where a gray image
 * has no colour transform to apply.
 */
public enum MetricChannel {
    /** All three RGB channels (or the gray plane of a gray image). */
    RGB,
    /**
     * The unrounded BT.601 luma plane of {@link io.crbench.image.YCbCr#lumaPlane} (MATLAB
     * {@code rgb2ycbcr}), in double precision. BasicSR's {@code to_y_channel} rounds through
     * float32, which moves PSNR by about 1e-7 dB; the double plane is the better-defined reference.
     */
    Y
}
