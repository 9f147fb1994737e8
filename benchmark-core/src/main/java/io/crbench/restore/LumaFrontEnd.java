package io.crbench.restore;

import io.crbench.image.Image8;
import io.crbench.image.YCbCr;

/**
 * A Y-channel restorer (AR-CNN, DnCNN-3) in front of an RGB classifier, as the JPEG-deblocking
 * networks are run on colour images: the image goes to 8-bit YCbCr as MATLAB's {@code rgb2ycbcr}
 * on a uint8 image (each plane rounded), the Y plane is restored, Cb and Cr are kept, and the
 * result comes back with {@code ycbcr2rgb} ({@link YCbCr#rgbImage}). The 8-bit YCbCr round trip
 * alone moves a sample by at most a grey level or two; that is part of the convention. Gray images
 * are restored as they are. Closing closes the wrapped restorer.
 */
public final class LumaFrontEnd implements Restorer {
    private final Restorer luma;

    /** @param luma a restorer of gray (Y) images; owned from now on */
    public LumaFrontEnd(Restorer luma) {
        this.luma = luma;
    }

    /** The wrapped restorer's id, marked as run on Y with the chroma kept. */
    @Override
    public String id() {
        return id(luma.id());
    }

    /** The id of the Y restorer {@code lumaId} run this way, e.g. {@code dncnn3-authors[Y]}. */
    public static String id(String lumaId) {
        return lumaId + "[Y]";
    }

    @Override
    public Image8 restore(Image8 degraded) {
        if (degraded.isGray()) {
            return luma.restore(degraded);
        }
        double[][] planes = YCbCr.planes(degraded);
        int w = degraded.width();
        int h = degraded.height();
        Image8 restoredY = luma.restore(Image8.generate(w, h, 1, (x, y, c) -> (int) Math.round(planes[0][y * w + x])));
        int n = w * h;
        int[] y = new int[n];
        int[] cb = new int[n];
        int[] cr = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = restoredY.sampleAt(i);
            cb[i] = (int) Math.round(planes[1][i]);
            cr[i] = (int) Math.round(planes[2][i]);
        }
        return YCbCr.rgbImage(w, h, y, cb, cr);
    }

    @Override
    public void close() {
        luma.close();
    }

    @Override
    public String toString() {
        return id();
    }
}
