package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.image.Image8;
import org.junit.jupiter.api.Test;

class CpsnrTest {
    @Test
    void isJointRgbPsnrWithoutCrop() {
        Image8 ref = TestImages.textured(40, 29);
        Image8 test = TestImages.distorted(40, 29);

        assertThat(Cpsnr.cpsnr(ref, test)).isEqualTo(Psnr.psnr(ref, test, MetricChannel.RGB, 0));
    }

    @Test
    void cpsnrOfMeanMseConvertsTheMeanOnce() {
        // mean MSE 2.5 → 10·log10(65025 / 2.5)
        assertThat(Cpsnr.cpsnrOfMeanMse(new double[] {1, 4})).isCloseTo(44.15140352195873, within(1e-9));
    }

    @Test
    void cpsnrOfMeanMseIsAtMostTheMeanOfPerImageCpsnr() {
        double[] mse = {1, 4};
        double meanOfCpsnr = (Psnr.fromMse(1) + Psnr.fromMse(4)) / 2;

        assertThat(Cpsnr.cpsnrOfMeanMse(mse)).isLessThan(meanOfCpsnr);
    }

    @Test
    void cpsnrOfMeanMseRejectsEmptyAndBadValues() {
        assertThatThrownBy(() -> Cpsnr.cpsnrOfMeanMse(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no per-image MSE");
        assertThatThrownBy(() -> Cpsnr.cpsnrOfMeanMse(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image 1");
        assertThatThrownBy(() -> Cpsnr.cpsnrOfMeanMse(new double[] {-2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image 0");
    }
}
