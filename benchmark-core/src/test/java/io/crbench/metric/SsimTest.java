package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.image.Image8;
import org.junit.jupiter.api.Test;

class SsimTest {
    private static final double C1 = 6.5025;
    private static final double C2 = 58.5225;

    @Test
    void identicalImagesScoreExactlyOne() {
        Image8 img = TestImages.textured(40, 29);

        assertThat(Ssim.ssim(img, img, MetricChannel.RGB, 0)).isEqualTo(1.0);
        assertThat(Ssim.ssim(img, img, MetricChannel.Y, 4)).isEqualTo(1.0);
    }

    @Test
    void constantImagesReduceToTheLuminanceTerm() {
        // No variance anywhere, so SSIM = (2ab + C1) / (a² + b² + C1) with C1 = (0.01·255)².
        Image8 a = TestImages.constant(16, 13, 1, 100);
        Image8 b = TestImages.constant(16, 13, 1, 110);
        double expected = (2 * 100 * 110 + C1) / (100 * 100 + 110 * 110 + C1);

        assertThat(Ssim.ssim(a, b, MetricChannel.Y, 0)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.9954764440915066, within(1e-15));
    }

    @Test
    void rgbIsTheMeanOfThePerChannelSsim() {
        Image8 ref = TestImages.textured(24, 20);
        Image8 test = TestImages.distorted(24, 20);
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            int channel = c;
            Image8 refPlane = Image8.generate(24, 20, 1, (x, y, k) -> ref.sample(x, y, channel));
            Image8 testPlane = Image8.generate(24, 20, 1, (x, y, k) -> test.sample(x, y, channel));
            sum += Ssim.ssim(refPlane, testPlane, MetricChannel.RGB, 0);
        }

        assertThat(Ssim.ssim(ref, test, MetricChannel.RGB, 0)).isCloseTo(sum / 3, within(1e-15));
    }

    @Test
    void separableFilterEqualsTheDirectElevenByElevenWindow() {
        Image8 ref = Image8.generate(23, 17, 1, (x, y, c) -> (x * 37 + y * y * 11) % 251);
        Image8 test = Image8.generate(23, 17, 1, (x, y, c) -> (x * 37 + y * y * 11 + x * y) % 251);

        assertThat(Ssim.ssim(ref, test, MetricChannel.Y, 0))
                .isCloseTo(directSsim(ref.plane(0), test.plane(0), 23, 17), within(1e-12));
    }

    @Test
    void matchesNumPyPortOfBasicSr() {
        Image8 ref = TestImages.textured(40, 29);
        Image8 test = TestImages.distorted(40, 29);

        assertThat(Ssim.ssim(ref, test, MetricChannel.RGB, 0)).isCloseTo(0.9960929414466385, within(1e-12));
        assertThat(Ssim.ssim(ref, test, MetricChannel.Y, 0)).isCloseTo(0.9980610040784214, within(1e-12));
        assertThat(Ssim.ssim(ref, test, MetricChannel.RGB, 4)).isCloseTo(0.9959955688830479, within(1e-12));
        assertThat(Ssim.ssim(ref, test, MetricChannel.Y, 4)).isCloseTo(0.9980613590547457, within(1e-12));
    }

    @Test
    void rejectsImagesSmallerThanTheWindowAfterCropping() {
        Image8 img = TestImages.textured(20, 14);

        assertThatThrownBy(() -> Ssim.ssim(img, img, MetricChannel.RGB, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11x11").hasMessageContaining("16x10");
    }

    /** Textbook SSIM: the full 2-D Gaussian window at every position where it fits. */
    private static double directSsim(double[] a, double[] b, int width, int height) {
        double[] g = new double[11];
        double total = 0;
        for (int i = 0; i < 11; i++) {
            g[i] = Math.exp(-(i - 5) * (i - 5) / (2 * 1.5 * 1.5));
            total += g[i];
        }
        double sum = 0;
        for (int y = 0; y + 11 <= height; y++) {
            for (int x = 0; x + 11 <= width; x++) {
                double mu1 = 0;
                double mu2 = 0;
                double e11 = 0;
                double e22 = 0;
                double e12 = 0;
                for (int j = 0; j < 11; j++) {
                    for (int i = 0; i < 11; i++) {
                        double w = g[i] * g[j] / (total * total);
                        double va = a[(y + j) * width + x + i];
                        double vb = b[(y + j) * width + x + i];
                        mu1 += w * va;
                        mu2 += w * vb;
                        e11 += w * va * va;
                        e22 += w * vb * vb;
                        e12 += w * va * vb;
                    }
                }
                double s1 = e11 - mu1 * mu1;
                double s2 = e22 - mu2 * mu2;
                double s12 = e12 - mu1 * mu2;
                sum += ((2 * mu1 * mu2 + C1) * (2 * s12 + C2)) / ((mu1 * mu1 + mu2 * mu2 + C1) * (s1 + s2 + C2));
            }
        }
        return sum / ((width - 10) * (height - 10));
    }
}
