package io.crbench.nn;

/**
 * The 8×8 two-dimensional DCT-II of JPEG, orthonormal: coefficient {@code k = 8u + v} (u the
 * vertical, v the horizontal frequency; k = 0 is DC) of a block f is
 * {@code Σ_y Σ_x α(u) cos((2y+1)uπ/16) · α(v) cos((2x+1)vπ/16) · f(y, x)} with α(0) = √(1/8) and
 * α(u) = √(2/8) otherwise. Orthonormal scaling keeps every coefficient on the scale of the pixels
 * (a block of constant value a has DC 8a), so a network can take coefficients as input directly.
 */
public final class BlockDct {
    /** Side of a block. */
    public static final int SIZE = 8;
    /** Coefficients per block and channel. */
    public static final int COEFFICIENTS = SIZE * SIZE;

    private static final double[][] COSINES = cosines();

    private BlockDct() {
    }

    /** The weight of pixel (y, x) in coefficient {@code k}: the k-th basis image. */
    public static double basis(int k, int y, int x) {
        if (k < 0 || k >= COEFFICIENTS || y < 0 || y >= SIZE || x < 0 || x >= SIZE) {
            throw new IllegalArgumentException("coefficient 0..63 and pixel 0..7 expected, got k=" + k + ", y=" + y
                    + ", x=" + x);
        }
        return COSINES[k / SIZE][y] * COSINES[k % SIZE][x];
    }

    /** The 64 coefficients of one block given row-major as 64 values. */
    public static double[] transform(double[] block) {
        if (block.length != COEFFICIENTS) {
            throw new IllegalArgumentException("an 8x8 block has 64 values, got " + block.length);
        }
        double[] out = new double[COEFFICIENTS];
        for (int k = 0; k < COEFFICIENTS; k++) {
            double sum = 0;
            for (int p = 0; p < COEFFICIENTS; p++) {
                sum += basis(k, p / SIZE, p % SIZE) * block[p];
            }
            out[k] = sum;
        }
        return out;
    }

    private static double[][] cosines() {
        double[][] c = new double[SIZE][SIZE];
        for (int u = 0; u < SIZE; u++) {
            double alpha = Math.sqrt((u == 0 ? 1.0 : 2.0) / SIZE);
            for (int y = 0; y < SIZE; y++) {
                c[u][y] = alpha * Math.cos((2 * y + 1) * u * Math.PI / (2 * SIZE));
            }
        }
        return c;
    }
}
