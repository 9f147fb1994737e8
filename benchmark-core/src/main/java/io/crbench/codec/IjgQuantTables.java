package io.crbench.codec;

/**
 * The IJG (libjpeg) quantization tables for a quality factor, with libjpeg's own integer scaling
 * ({@code jpeg_quality_scaling} + {@code jpeg_add_quant_table} with force_baseline), which is what
 * PIL's {@code save(..., quality=q)} uses.
 *
 * <p>ImageIO's {@code setCompressionQuality(q/100f)} scales the same base tables in floating point
 * and rounds differently at many QFs, so PIL-identical bytes need these tables written explicitly.
 * Tables are in natural (row-major) order, as {@code javax.imageio.plugins.jpeg.JPEGQTable} expects.
 */
public final class IjgQuantTables {
    /** ITU-T T.81 Annex K.1, luminance. */
    private static final int[] LUMINANCE_BASE = {
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99,
    };

    /** ITU-T T.81 Annex K.2, chrominance. */
    private static final int[] CHROMINANCE_BASE = {
        17, 18, 24, 47, 99, 99, 99, 99,
        18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
    };

    private IjgQuantTables() {
    }

    /** The luminance table for quality factor {@code quality} (1..100). */
    public static int[] luminance(int quality) {
        return scale(LUMINANCE_BASE, quality);
    }

    /** The chrominance table for quality factor {@code quality} (1..100). */
    public static int[] chrominance(int quality) {
        return scale(CHROMINANCE_BASE, quality);
    }

    /**
     * libjpeg's scaling: factor 5000/q below 50 and 200 − 2q from 50 on, then
     * (base · factor + 50) / 100 in integers, clamped to 1..255 (baseline JPEG).
     */
    static int[] scale(int[] base, int quality) {
        requireQuality(quality);
        int factor = quality < 50 ? 5000 / quality : 200 - 2 * quality;
        int[] table = new int[64];
        for (int i = 0; i < 64; i++) {
            long v = ((long) base[i] * factor + 50) / 100;
            table[i] = (int) Math.max(1, Math.min(255, v));
        }
        return table;
    }

    /** Throws a clear error unless {@code quality} is a JPEG quality factor 1..100. */
    public static void requireQuality(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality factor must be in 1..100, got " + quality);
        }
    }
}
