package io.crbench.image;

/**
 * ITU-R BT.601 studio-swing YCbCr exactly as MATLAB's {@code rgb2ycbcr} (and BasicSR's
 * {@code rgb2ycbcr}), the convention every "PSNR on Y" in the papers uses:
 * Y = 16 + 65.481 R + 128.553 G + 24.966 B for R, G, B in [0, 1]. Results are not rounded.
 */
public final class YCbCr {
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
}
