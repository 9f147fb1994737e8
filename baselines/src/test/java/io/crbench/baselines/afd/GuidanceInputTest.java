package io.crbench.baselines.afd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.nn.BlockDct;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link GuidanceInput}: the 192-channel block representations FDE-Net reads. */
class GuidanceInputTest {
    private static final int H = 16;
    private static final int W = 24;
    private NDManager manager;
    private float[] pixels;
    private NDArray rgb;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager("PyTorch");
        pixels = new float[3 * H * W];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) ((Math.sin(i * 0.37) + 1) / 2);
        }
        rgb = manager.create(pixels, new Shape(1, 3, H, W));
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void dctChannelsHoldOneFrequencyOfTheLevelShiftedJfifPlane() {
        float[] out = GuidanceInput.DCT.apply(rgb).toFloatArray();

        // Block (row 1, column 2), Cb plane.
        double[] block = new double[64];
        for (int p = 0; p < 64; p++) {
            int y = 8 + p / 8;
            int x = 16 + p % 8;
            block[p] = -0.168736 * pixel(0, y, x) - 0.331264 * pixel(1, y, x) + 0.5 * pixel(2, y, x);
        }
        double[] expected = BlockDct.transform(block);
        for (int k = 0; k < 64; k++) {
            assertThat(out[((64 + k) * 2 + 1) * 3 + 2]).as("Cb coefficient %d", k)
                    .isCloseTo((float) expected[k], within(1e-4f));
        }
    }

    @Test
    void pixelBlocksAreTheLevelShiftedLumaOfTheBlock() {
        float[] out = GuidanceInput.PIXEL_BLOCKS.apply(rgb).toFloatArray();

        for (int p = 0; p < 64; p++) {
            int y = p / 8;
            int x = 8 + p % 8;
            double luma = 0.299 * pixel(0, y, x) + 0.587 * pixel(1, y, x) + 0.114 * pixel(2, y, x) - 0.5;
            assertThat(out[(p * 2) * 3 + 1]).as("pixel %d", p).isCloseTo((float) luma, within(1e-5f));
        }
    }

    @Test
    void shuffledDctHasTheSameCoefficientsPerBlockInAnOrderThatVariesFromBlockToBlock() {
        float[] dct = GuidanceInput.DCT.apply(rgb).toFloatArray();
        float[] shuffled = GuidanceInput.SHUFFLED_DCT.apply(rgb).toFloatArray();

        for (int b = 0; b < 6; b++) {
            float[] a = column(dct, b);
            float[] s = column(shuffled, b);
            assertThat(s).isNotEqualTo(a);
            Arrays.sort(a);
            Arrays.sort(s);
            assertThat(s).containsExactly(a);
        }
        assertThat(order(column(dct, 0), column(shuffled, 0))).isNotEqualTo(order(column(dct, 1), column(shuffled, 1)));
    }

    /** For each shuffled channel, the DCT channel its value came from. */
    private static int[] order(float[] dct, float[] shuffled) {
        int[] from = new int[shuffled.length];
        for (int j = 0; j < shuffled.length; j++) {
            for (int i = 0; i < dct.length; i++) {
                if (dct[i] == shuffled[j]) {
                    from[j] = i;
                }
            }
        }
        return from;
    }

    @Test
    void sidesOffTheJpegGridAreAnError() {
        NDArray odd = manager.zeros(new Shape(1, 3, 12, 16));

        assertThatThrownBy(() -> GuidanceInput.DCT.apply(odd)).hasMessageContaining("multiples of 8")
                .hasMessageContaining("(1, 3, 12, 16)");
        assertThatThrownBy(() -> GuidanceInput.NONE.apply(rgb)).isInstanceOf(IllegalStateException.class);
    }

    private double pixel(int c, int y, int x) {
        return pixels[(c * H + y) * W + x];
    }

    /** The 192 values of block b (row-major over the 2×3 block grid). */
    private static float[] column(float[] blocks, int b) {
        float[] v = new float[GuidanceInput.CHANNELS];
        for (int j = 0; j < v.length; j++) {
            v[j] = blocks[j * 6 + b];
        }
        return v;
    }
}
