package io.crbench.baselines.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.crbench.baselines.restorers.PyTorchTest;
import org.junit.jupiter.api.Test;

/** {@link Windows}: Swin's window partition, cyclic shift, shift mask and relative position index. */
class WindowsTest extends PyTorchTest {

    /** A (1, h, w, 2) map whose channel 0 is the row and channel 1 the column of each pixel. */
    private NDArray coordinates(int h, int w) {
        float[] v = new float[h * w * 2];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                v[2 * (y * w + x)] = y;
                v[2 * (y * w + x) + 1] = x;
            }
        }
        return manager.create(v, new Shape(1, h, w, 2));
    }

    @Test
    void partitionCutsWindowsRowByRowAndMergeUndoesIt() {
        NDArray map = coordinates(4, 6);
        NDArray windows = Windows.partition(map, 2);
        assertThat(windows.getShape()).isEqualTo(new Shape(6, 4, 2));
        // Window 4 is the second window of the second window row: rows 2..3, columns 2..3.
        assertThat(windows.get(4).toFloatArray()).containsExactly(2, 2, 2, 3, 3, 2, 3, 3);
        assertThat(Windows.merge(windows, 2, 4, 6).contentEquals(map)).isTrue();
    }

    @Test
    void rollIsTorchRollWithNegatedShift() {
        NDArray rolled = Windows.roll(coordinates(4, 6), 1);
        // Output (y, x) holds input ((y + 1) mod 4, (x + 1) mod 6).
        assertThat(rolled.get("0, 3, 5").toFloatArray()).containsExactly(0, 0);
        assertThat(rolled.get("0, 0, 0").toFloatArray()).containsExactly(1, 1);
        assertThat(Windows.roll(rolled, -1).contentEquals(coordinates(4, 6))).isTrue();
    }

    @Test
    void theMaskSeparatesExactlyTheTokensTheShiftWrappedTogether() {
        int side = 8;
        int window = 4;
        int shift = 2;
        float[] mask = Windows.shiftMask(side, side, window, shift);
        float[] original = Windows.partition(Windows.roll(coordinates(side, side), shift), window).toFloatArray();
        int tokens = window * window;
        int masked = 0;
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < tokens; i++) {
                for (int j = 0; j < tokens; j++) {
                    int a = 2 * (k * tokens + i);
                    int b = 2 * (k * tokens + j);
                    // Tokens that are neighbours in the unshifted image lie less than a window apart;
                    // tokens the wrap-around brought together lie farther apart.
                    boolean wrapped = Math.abs(original[a] - original[b]) >= window
                            || Math.abs(original[a + 1] - original[b + 1]) >= window;
                    float value = mask[(k * tokens + i) * tokens + j];
                    assertThat(value).isEqualTo(wrapped ? Windows.MASKED : 0f);
                    masked += wrapped ? 1 : 0;
                }
            }
        }
        // The top-left window never wraps; the other three do.
        assertThat(masked).isPositive();
        for (int n = 0; n < tokens * tokens; n++) {
            assertThat(mask[n]).isZero();
        }
    }

    @Test
    void relativeIndexPointsAtTheOffsetRowOfEachHead() {
        int window = 3;
        int heads = 2;
        long[] index = Windows.relativePositionIndex(window, heads);
        int tokens = window * window;
        assertThat(index).hasSize(heads * tokens * tokens);
        // Token 0 is (0, 0), token 8 is (2, 2): offset 0 − 8 = (−2, −2) is row 0, 8 − 0 = (2, 2) row 24 of the 5×5 table.
        assertThat(index[8]).isEqualTo(0L);
        assertThat(index[8 * tokens]).isEqualTo(24L * heads);
        assertThat(index[(tokens + 4) * tokens + 4]).isEqualTo(12L * heads + 1);
    }

    @Test
    void mapsThatAreNotWindowMultiplesAreRejected() {
        assertThatThrownBy(() -> Windows.partition(coordinates(5, 4), 2)).hasMessageContaining("5x4")
                .hasMessageContaining("pad the input");
        assertThatThrownBy(() -> Windows.shiftMask(8, 6, 4, 2)).hasMessageContaining("8x6");
    }
}
