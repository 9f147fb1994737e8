package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.image.Image8;
import org.junit.jupiter.api.Test;

class PsnrTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void offsetOfOneEverywhereIs48Point13Db() {
        Image8 ref = TestImages.constant(16, 12, 3, 100);
        Image8 test = TestImages.offset(ref, 1);

        assertThat(Psnr.mse(ref, test, MetricChannel.RGB, 0)).isEqualTo(1.0);
        // 10·log10(255²) = 48.1308 dB
        assertThat(Psnr.psnr(ref, test, MetricChannel.RGB, 0)).isCloseTo(48.1308036086791, within(TOLERANCE));
    }

    @Test
    void offsetOfOneInRgbIs219Over255InUnroundedLuma() {
        Image8 ref = TestImages.constant(16, 12, 3, 100);
        Image8 test = TestImages.offset(ref, 1);

        // ΔY = (65.481 + 128.553 + 24.966) / 255 = 219/255, so PSNR = 10·log10(255² / (219/255)²)
        assertThat(Psnr.mse(ref, test, MetricChannel.Y, 0)).isCloseTo(Math.pow(219.0 / 255, 2), within(1e-12));
        assertThat(Psnr.psnr(ref, test, MetricChannel.Y, 0)).isCloseTo(49.45272492055584, within(TOLERANCE));
    }

    @Test
    void identicalImagesHaveInfinitePsnr() {
        Image8 img = TestImages.textured(20, 10);

        assertThat(Psnr.psnr(img, img, MetricChannel.RGB, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Psnr.psnr(img, img, MetricChannel.Y, 2)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void cropBorderIgnoresDifferencesInTheBorder() {
        Image8 ref = TestImages.constant(10, 8, 3, 50);
        Image8 test = Image8.generate(10, 8, 3, (x, y, c) -> x < 2 || y < 2 || x >= 8 || y >= 6 ? 200 : 50);

        assertThat(Psnr.psnr(ref, test, MetricChannel.RGB, 2)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Psnr.psnr(ref, test, MetricChannel.RGB, 1)).isFinite();
    }

    @Test
    void grayImageMeansTheGrayPlaneForBothChannels() {
        Image8 ref = Image8.generate(12, 9, 1, (x, y, c) -> 10 * x + y + 5);
        // Columns with x mod 3 = 0 or 2 are off by one: 8 of 12 columns.
        Image8 test = Image8.generate(12, 9, 1, (x, y, c) -> 10 * x + y + 5 + (x % 3) - 1);

        assertThat(Psnr.mse(ref, test, MetricChannel.RGB, 0)).isCloseTo(8.0 / 12, within(1e-12));
        assertThat(Psnr.psnr(ref, test, MetricChannel.Y, 0)).isEqualTo(Psnr.psnr(ref, test, MetricChannel.RGB, 0));
    }

    @Test
    void matchesNumPyPortOfBasicSr() {
        Image8 ref = TestImages.textured(40, 29);
        Image8 test = TestImages.distorted(40, 29);

        assertThat(Psnr.psnr(ref, test, MetricChannel.RGB, 0)).isCloseTo(31.743903271456166, within(TOLERANCE));
        assertThat(Psnr.psnr(ref, test, MetricChannel.Y, 0)).isCloseTo(38.42125193572522, within(TOLERANCE));
        assertThat(Psnr.psnr(ref, test, MetricChannel.RGB, 4)).isCloseTo(31.737500325538793, within(TOLERANCE));
        assertThat(Psnr.psnr(ref, test, MetricChannel.Y, 4)).isCloseTo(38.57482893021592, within(TOLERANCE));
    }

    @Test
    void fromMseConvertsAndRejectsBadMse() {
        assertThat(Psnr.fromMse(65025.0)).isEqualTo(0.0);
        assertThat(Psnr.fromMse(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Psnr.fromMse(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MSE");
        assertThatThrownBy(() -> Psnr.fromMse(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void rejectsShapeMismatchAndOversizedCrop() {
        Image8 rgb = TestImages.constant(8, 8, 3, 0);

        assertThatThrownBy(() -> Psnr.psnr(rgb, TestImages.constant(8, 9, 3, 0), MetricChannel.RGB, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shapes differ");
        assertThatThrownBy(() -> Psnr.psnr(rgb, TestImages.constant(8, 8, 1, 0), MetricChannel.Y, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shapes differ");
        assertThatThrownBy(() -> Psnr.psnr(rgb, rgb, MetricChannel.RGB, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cropBorder 4");
        assertThatThrownBy(() -> Psnr.psnr(rgb, rgb, MetricChannel.RGB, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cropBorder");
    }

    @Test
    void rgbMseWithoutPlanesEqualsThePlanesSumToTheLastBit() {
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 20; k++) {
            byte[] a = new byte[61 * 47 * 3];
            byte[] b = new byte[a.length];
            random.nextBytes(a);
            random.nextBytes(b);
            Image8 x = Image8.of(61, 47, 3, a);
            Image8 y = Image8.of(61, 47, 3, b);
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += Psnr.sumOfSquaredDifferences(x.plane(c), y.plane(c));
            }
            assertThat(Psnr.mse(x, y, MetricChannel.RGB, 0)).isEqualTo(sum / (3.0 * 61 * 47));
        }
    }
}
