package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.image.Image8;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identical images: PSNR +∞ per image, and no mean over a set that holds one (README, Conventions). */
class InfinitePsnrPolicyTest {
    private static final List<Image8> IMAGES = List.of(
            Image8.generate(16, 16, 3, (x, y, c) -> 8 * x + 3 * y + 40 * c),
            Image8.generate(16, 16, 3, (x, y, c) -> 255 - 9 * y + 5 * c));

    @Test
    void aSetWithAnIdenticalImageHasNoMeanAndTheErrorNamesImageAndDegradation() {
        FidelityScores identical = FidelityScores.measure(IMAGES, new Identity(), List.of(FidelityMetric.PSNR_RGB), 0);
        assertThat(identical.values(FidelityMetric.PSNR_RGB)).containsOnly(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> identical.mean(FidelityMetric.PSNR_RGB)).hasMessageContaining("image 0")
                .hasMessageContaining("identity").hasMessageContaining("does not cap PSNR");
        FidelityScores compressed = FidelityScores.measure(IMAGES, JpegCompression.at(10),
                List.of(FidelityMetric.PSNR_RGB), 0);
        assertThat(compressed.mean(FidelityMetric.PSNR_RGB).value()).isFinite();
    }

    @Test
    void cpsnrOfZeroMseIsRefusedBothWays() {
        assertThatThrownBy(() -> CpsnrAggregate.meanOfPerImage(new double[] {3.0, 0.0}))
                .hasMessageContaining("image 1").hasMessageContaining("MSE 0");
        assertThatThrownBy(() -> CpsnrAggregate.ofMeanMse(new double[] {0.0, 0.0})).hasMessageContaining("MSE 0");
        assertThat(CpsnrAggregate.ofMeanMse(new double[] {3.0, 0.0}).value()).isFinite();
    }
}
