package io.crbench.codec;

/**
 * Chroma subsampling of a YCbCr JPEG, given as the luma sampling factors (chroma is always 1×1).
 * PIL's {@code subsampling} option 0, 1, 2 maps to {@link #S444}, {@link #S422}, {@link #S420}.
 */
public enum ChromaSubsampling {
    /** No subsampling. */
    S444(1, 1),
    /** Chroma halved horizontally. */
    S422(2, 1),
    /** Chroma halved in both directions: libjpeg's and PIL's default. */
    S420(2, 2);

    private final int lumaH;
    private final int lumaV;

    ChromaSubsampling(int lumaH, int lumaV) {
        this.lumaH = lumaH;
        this.lumaV = lumaV;
    }

    /** Horizontal sampling factor of the Y component. */
    public int lumaHorizontal() {
        return lumaH;
    }

    /** Vertical sampling factor of the Y component. */
    public int lumaVertical() {
        return lumaV;
    }

    /** The short name used in ids: {@code 444}, {@code 422}, {@code 420}. */
    public String shortName() {
        return name().substring(1);
    }
}
