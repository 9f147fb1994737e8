package io.crbench.image;

/**
 * ITU-R BT.601 studio-swing YCbCr exactly as MATLAB's {@code rgb2ycbcr} (and BasicSR's
 * {@code rgb2ycbcr}), the convention every "PSNR on Y" in the papers uses:
 * Y = 16 + 65.481 R + 128.553 G + 24.966 B for R, G, B in [0, 1]. Results are not rounded.
 */
public final class YCbCr {
    /** The forward transform per unit of R, G, B in [0, 1] (rows Y, Cb, Cr), as MATLAB's {@code rgb2ycbcr}. */
    private static final double[][] FORWARD = {{65.481, 128.553, 24.966}, {-37.797, -74.203, 112.0},
        {112.0, -93.786, -18.214}};
    /** Its inverse, computed once, as MATLAB's {@code ycbcr2rgb} inverts it. */
    private static final double[][] INVERSE = invert(FORWARD);

    private YCbCr() {
    }

    /** Luma (16..235) of one 8-bit RGB pixel. */
    public static double luma(int r, int g, int b) {
        return 16.0 + (65.481 * r + 128.553 * g + 24.966 * b) / 255.0;
    }

    /** Blue-difference chroma (16..240) of one 8-bit RGB pixel. */
    public static double cb(int r, int g, int b) {
        return 128.0 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255.0;
    }

    /** Red-difference chroma (16..240) of one 8-bit RGB pixel. */
    public static double cr(int r, int g, int b) {
        return 128.0 + (112.0 * r - 93.786 * g - 18.214 * b) / 255.0;
    }

    /**
     * The Y plane (row-major) of an RGB image; for a gray image, the gray values themselves, since
     * a gray image has no colour transform to apply (BasicSR does the same).
     */
    public static double[] lumaPlane(Image8 img) {
        if (img.isGray()) {
            return img.plane(0);
        }
        double[] y = new double[img.pixelCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = luma(img.sampleAt(3 * i), img.sampleAt(3 * i + 1), img.sampleAt(3 * i + 2));
        }
        return y;
    }

    /**
     * The Y plane as an 8-bit gray image, rounded as MATLAB's {@code rgb2ycbcr} rounds a uint8
     * image (half away from zero): the grayscale input of the JPEG-deblocking literature (DnCNN,
     * AR-CNN, FBCNN). A gray image is returned as it is.
     */
    public static Image8 lumaImage(Image8 img) {
        if (img.isGray()) {
            return img;
        }
        double[] y = lumaPlane(img);
        return Image8.generate(img.width(), img.height(), 1, (x, row, c) -> (int) Math.round(y[row * img.width() + x]));
    }

    /** The three planes Y, Cb, Cr of an RGB image. */
    public static double[][] planes(Image8 img) {
        if (img.isGray()) {
            throw new IllegalArgumentException("YCbCr planes need an RGB image, got " + img.describe());
        }
        int n = img.pixelCount();
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            int r = img.sampleAt(3 * i);
            int g = img.sampleAt(3 * i + 1);
            int b = img.sampleAt(3 * i + 2);
            p[0][i] = luma(r, g, b);
            p[1][i] = cb(r, g, b);
            p[2][i] = cr(r, g, b);
        }
        return p;
    }

    /**
     * The 8-bit RGB image of 8-bit Y, Cb and Cr planes (row-major, each {@code width × height}),
     * as MATLAB's {@code ycbcr2rgb} on a uint8 image: the inverse transform, ×255, rounded half away
     * from zero and clamped to 0..255.
     */
    public static Image8 rgbImage(int width, int height, int[] y, int[] cb, int[] cr) {
        int n = width * height;
        if (y.length != n || cb.length != n || cr.length != n) {
            throw new IllegalArgumentException("Y, Cb and Cr planes of a " + width + "x" + height + " image need " + n
                    + " samples each, got " + y.length + ", " + cb.length + ", " + cr.length);
        }
        byte[] rgb = new byte[3 * n];
        for (int i = 0; i < n; i++) {
            double dy = y[i] - 16.0;
            double dcb = cb[i] - 128.0;
            double dcr = cr[i] - 128.0;
            for (int c = 0; c < 3; c++) {
                double v = 255.0 * (INVERSE[c][0] * dy + INVERSE[c][1] * dcb + INVERSE[c][2] * dcr);
                rgb[3 * i + c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return Image8.of(width, height, 3, rgb);
    }

    /** The inverse of a 3×3 matrix (adjugate over determinant). */
    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inv = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int r1 = (c + 1) % 3;
                int r2 = (c + 2) % 3;
                int c1 = (r + 1) % 3;
                int c2 = (r + 2) % 3;
                inv[r][c] = (m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1]) / det;
            }
        }
        return inv;
    }
}
