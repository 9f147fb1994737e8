package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.nn.BlockDct;
import java.util.SplittableRandom;

/**
 * What FDE-Net sees of the image (seed 002 §III-B and the ablations of Tables II and III): the
 * RGB image in [0, 1] goes to JPEG's full-range YCbCr (JFIF, with JPEG's level shift of −128, here
 * −0.5), is cut into the 8×8 blocks of the JPEG grid, and each block becomes 192 values (3
 * channels × 64) placed in 192 channels at 1/8 resolution.
 *
 * <ul>
 *   <li>{@link #DCT}: the block DCT with the coefficients of one frequency gathered into one channel
 *       ("rearranged DCT coefficients", the method).</li>
 *   <li>{@link #PIXEL_BLOCKS}: the 64 pixels of each block instead (Table II, "FE-Net + Image Block").</li>
 *   <li>{@link #SHUFFLED_DCT}: the same coefficients, but at every block position in a different
 *       fixed random order, so a channel no longer holds one frequency (Table III, "Shuffled DCT
 *       Coefficients"). The order repeats every {@value #SHUFFLE_PERIOD} blocks in each direction
 *       and is seeded, so training and test see the same arrangement.</li>
 *   <li>{@link #NONE}: no guidance at all (Table II, "FE-Net").</li>
 * </ul>
 *
 * <p>The colour transform and the block transform are linear, so both are one fixed (untrained)
 * 8×8 convolution of stride 8.
 */
public enum GuidanceInput {
    DCT("dct"),
    PIXEL_BLOCKS("pixel-blocks"),
    SHUFFLED_DCT("shuffled-dct"),
    NONE("none");

    /** Values per block: three colour channels of 64. */
    public static final int CHANNELS = 3 * BlockDct.COEFFICIENTS;
    /** Blocks after which the shuffled arrangement repeats, in each direction. */
    public static final int SHUFFLE_PERIOD = 8;
    private static final long SHUFFLE_SEED = 2;
    private static final int[][] PERMUTATIONS = permutations();
    /** JFIF RGB → YCbCr (rows Y, Cb, Cr); JPEG's level shift makes all three zero-centred. */
    private static final double[][] JFIF = {
        {0.299, 0.587, 0.114},
        {-0.168736, -0.331264, 0.5},
        {0.5, -0.418688, -0.081312}};
    private static final double[] LEVEL_SHIFT = {-0.5, 0, 0};

    private final String id;

    GuidanceInput(String id) {
        this.id = id;
    }

    /** Stable id for method ids and checkpoint keys. */
    public String id() {
        return id;
    }

    /**
     * The 192-channel block representation of an RGB batch [N, 3, H, W] in [0, 1] with H and W
     * multiples of 8: [N, 192, H/8, W/8], channel {@code 64·c + k} holding coefficient (or pixel)
     * k of colour channel c.
     */
    public NDArray apply(NDArray rgb) {
        if (this == NONE) {
            throw new IllegalStateException("guidance NONE has no block representation");
        }
        Shape s = rgb.getShape();
        if (s.dimension() != 4 || s.get(1) != 3 || s.get(2) % BlockDct.SIZE != 0 || s.get(3) % BlockDct.SIZE != 0) {
            throw new IllegalArgumentException("FDE-Net needs an RGB batch [N, 3, H, W] with H and W multiples of 8"
                    + " (the JPEG grid), got " + s);
        }
        NDManager manager = rgb.getManager();
        NDArray weight = manager.create(weights(), new Shape(CHANNELS, 3, BlockDct.SIZE, BlockDct.SIZE));
        NDArray bias = manager.create(biases());
        Shape eight = new Shape(BlockDct.SIZE, BlockDct.SIZE);
        NDArray blocks = Conv2d.conv2d(rgb, weight, bias, eight, new Shape(0, 0), new Shape(1, 1), 1)
                .singletonOrThrow();
        return this == SHUFFLED_DCT ? blocks.gather(shuffleIndex(manager, blocks.getShape()), 1) : blocks;
    }

    /** The stride-8 kernel: basis image of block value k, times the colour transform. */
    private float[] weights() {
        float[] w = new float[CHANNELS * 3 * BlockDct.COEFFICIENTS];
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < BlockDct.COEFFICIENTS; k++) {
                for (int rgb = 0; rgb < 3; rgb++) {
                    for (int p = 0; p < BlockDct.COEFFICIENTS; p++) {
                        w[((c * BlockDct.COEFFICIENTS + k) * 3 + rgb) * BlockDct.COEFFICIENTS + p] =
                                (float) (JFIF[c][rgb] * basisValue(k, p));
                    }
                }
            }
        }
        return w;
    }

    private float[] biases() {
        float[] b = new float[CHANNELS];
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < BlockDct.COEFFICIENTS; k++) {
                double sum = 0;
                for (int p = 0; p < BlockDct.COEFFICIENTS; p++) {
                    sum += basisValue(k, p);
                }
                b[c * BlockDct.COEFFICIENTS + k] = (float) (LEVEL_SHIFT[c] * sum);
            }
        }
        return b;
    }

    /** Weight of pixel p (row-major in the block) in block value k. */
    private double basisValue(int k, int p) {
        return this == PIXEL_BLOCKS ? (k == p ? 1 : 0) : BlockDct.basis(k, p / BlockDct.SIZE, p % BlockDct.SIZE);
    }

    /** index[n, j, y, x] = the channel placed at j in block (y, x): a permutation per block position. */
    private static NDArray shuffleIndex(NDManager manager, Shape blocks) {
        int n = (int) blocks.get(0);
        int h = (int) blocks.get(2);
        int w = (int) blocks.get(3);
        long[] index = new long[CHANNELS * h * w];
        for (int j = 0; j < CHANNELS; j++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int position = (y % SHUFFLE_PERIOD) * SHUFFLE_PERIOD + x % SHUFFLE_PERIOD;
                    index[(j * h + y) * w + x] = PERMUTATIONS[position][j];
                }
            }
        }
        // torch.gather wants the index at the full batch size; the batch repeats one arrangement.
        return manager.create(index, new Shape(1, CHANNELS, h, w)).repeat(0, n);
    }

    /** One seeded Fisher–Yates permutation of the 192 channels per block position of the period. */
    private static int[][] permutations() {
        SplittableRandom rng = new SplittableRandom(SHUFFLE_SEED);
        int[][] p = new int[SHUFFLE_PERIOD * SHUFFLE_PERIOD][CHANNELS];
        for (int[] perm : p) {
            for (int i = 0; i < CHANNELS; i++) {
                perm[i] = i;
            }
            for (int i = CHANNELS - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return id;
    }
}
