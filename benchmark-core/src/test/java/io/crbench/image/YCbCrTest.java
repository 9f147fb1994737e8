package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YCbCrTest {
    @Test
    void forwardValuesAreMatlabs() {
        // MATLAB: rgb2ycbcr(uint8([255 0 0])) = [81 90 240]; white [235 128 128]; black [16 128 128].
        assertThat(Math.round(YCbCr.luma(255, 0, 0))).isEqualTo(81);
        assertThat(Math.round(YCbCr.cb(255, 0, 0))).isEqualTo(90);
        assertThat(Math.round(YCbCr.cr(255, 0, 0))).isEqualTo(240);
        assertThat(YCbCr.luma(255, 255, 255)).isEqualTo(235.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(YCbCr.luma(0, 0, 0)).isEqualTo(16.0);
    }

    @Test
    void theInverseTakesStudioSwingBackToFullRange() {
        // ycbcr2rgb(uint8([235 128 128])) = [255 255 255]; [16 128 128] = black; [81 90 240] = [255 0 0] up to rounding.
        Image8 rgb = YCbCr.rgbImage(3, 1, new int[] {235, 16, 81}, new int[] {128, 128, 90}, new int[] {128, 128, 240});
        assertThat(new int[] {rgb.sampleAt(0), rgb.sampleAt(1), rgb.sampleAt(2)}).containsExactly(255, 255, 255);
        assertThat(new int[] {rgb.sampleAt(3), rgb.sampleAt(4), rgb.sampleAt(5)}).containsExactly(0, 0, 0);
        assertThat(rgb.sampleAt(6)).isBetween(254, 255);
        assertThat(rgb.sampleAt(7)).isBetween(0, 1);
        assertThat(rgb.sampleAt(8)).isBetween(0, 1);
    }

    @Test
    void anEightBitRoundTripMovesASampleByAtMostTwoLevels() {
        Image8 img = Image8.generate(64, 64, 3, (x, y, c) -> (x * 37 + y * 11 + c * 97 + x * y) % 256);
        double[][] p = YCbCr.planes(img);
        int n = img.pixelCount();
        int[][] rounded = new int[3][n];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < n; i++) {
                rounded[k][i] = (int) Math.round(p[k][i]);
            }
        }
        Image8 back = YCbCr.rgbImage(64, 64, rounded[0], rounded[1], rounded[2]);
        int worst = 0;
        for (int i = 0; i < 3 * n; i++) {
            worst = Math.max(worst, Math.abs(back.sampleAt(i) - img.sampleAt(i)));
        }
        assertThat(worst).isBetween(1, 2);
    }

    @Test
    void planesOfTheWrongLengthAreRefused() {
        assertThatThrownBy(() -> YCbCr.rgbImage(2, 2, new int[4], new int[4], new int[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2x2");
    }
}
