package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.degradation.GaussianNoise;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.image.Image8;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import io.crbench.restore.PassThroughRestorer;
import io.crbench.result.MetricId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link FidelityScores}: image i degraded with seed i, scored against its own clean image. */
class FidelityScoresTest {
    private static final List<Image8> CLEAN = IntStream.range(0, 6)
            .mapToObj(k -> Image8.generate(24, 16, 3, (x, y, c) -> (x * (5 + k) + y * 3 + c * 70 + k * 11) % 256))
            .toList();
    private static final List<FidelityMetric> METRICS = List.of(FidelityMetric.MSE_RGB, FidelityMetric.CPSNR);

    @Test
    void mseIsEachImagesRgbMeanSquaredErrorUnderItsOwnSeed() {
        GaussianNoise noise = new GaussianNoise(12);
        double[] mse = FidelityScores.measure(CLEAN, noise, METRICS, 0).values(FidelityMetric.MSE_RGB);
        for (int i = 0; i < CLEAN.size(); i++) {
            assertThat(mse[i]).isEqualTo(Psnr.mse(CLEAN.get(i), noise.apply(CLEAN.get(i), i), MetricChannel.RGB, 0));
        }
    }

    @Test
    void aRestorerBehindTheDegradationSeesTheImagesInBatchesAndEachScoreIsItsOwnImages() {
        List<Image8> many = IntStream.range(0, 300)
                .mapToObj(k -> Image8.generate(8, 8, 3, (x, y, c) -> (x * 7 + y * (k % 5) + c * 60 + k) % 256)).toList();
        PassThroughRestorer counting = new PassThroughRestorer("counting");
        GaussianNoise noise = new GaussianNoise(12);

        FidelityScores restored = FidelityScores.measure(many, new Restored(noise, counting), METRICS, 0);

        assertThat(counting.batchSizes()).containsExactly(256, 44);
        assertThat(restored.values(FidelityMetric.MSE_RGB))
                .isEqualTo(FidelityScores.measure(many, noise, METRICS, 0).values(FidelityMetric.MSE_RGB));
        assertThat(restored.bitsPerPixel()).isEmpty();
        assertThat(FidelityScores.measure(CLEAN, JpegCompression.at(20), METRICS, 0).bitsPerPixel()).isPresent();
    }

    @Test
    void aPsnrGainPairsEachImagesPsnrWithItsBaselinesUnderTheGainsId() {
        List<FidelityMetric> psnr = List.of(FidelityMetric.PSNR_RGB, FidelityMetric.PSNR_Y);
        FidelityScores q20 = FidelityScores.measure(CLEAN, JpegCompression.at(20), psnr, 0);
        FidelityScores q60 = FidelityScores.measure(CLEAN, JpegCompression.at(60), psnr, 0);

        PairedComparison gain = q60.psnrGainOver(q20, FidelityMetric.PSNR_Y);

        assertThat(gain).isEqualTo(PairedComparison.of(MetricId.PSNR_Y_GAIN, q60.values(FidelityMetric.PSNR_Y),
                q20.values(FidelityMetric.PSNR_Y)));
        assertThat(q60.psnrGainOver(q20, FidelityMetric.PSNR_RGB).difference().metric())
                .isEqualTo(MetricId.PSNR_RGB_GAIN);
        assertThatThrownBy(() -> q60.psnrGainOver(q20, FidelityMetric.SSIM_Y))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SSIM_Y");
    }

    @Test
    void theMeanPerImageOverConditionsIsEachImagesMeanOfItsScores() {
        FidelityScores q20 = FidelityScores.measure(CLEAN, JpegCompression.at(20), METRICS, 0);
        FidelityScores q60 = FidelityScores.measure(CLEAN, JpegCompression.at(60), METRICS, 0);

        FidelityScores mean = FidelityScores.meanPerImage(List.of(q20, q60));

        double[] mse = mean.values(FidelityMetric.MSE_RGB);
        double[] bpp = mean.perImageBitsPerPixel();
        for (int i = 0; i < CLEAN.size(); i++) {
            assertThat(mse[i]).isCloseTo((q20.values(FidelityMetric.MSE_RGB)[i] + q60.values(FidelityMetric.MSE_RGB)[i])
                    / 2, within(1e-9));
            assertThat(bpp[i]).isCloseTo((q20.perImageBitsPerPixel()[i] + q60.perImageBitsPerPixel()[i]) / 2,
                    within(1e-9));
        }
        assertThat(FidelityScores.meanPerImage(List.of(q20)).values(FidelityMetric.CPSNR))
                .isEqualTo(q20.values(FidelityMetric.CPSNR));
    }

    @Test
    void onlyScoresOfTheSameImagesAndMetricsAreAveraged() {
        FidelityScores six = FidelityScores.measure(CLEAN, JpegCompression.at(20), METRICS, 0);
        FidelityScores five = FidelityScores.measure(CLEAN.subList(0, 5), JpegCompression.at(20), METRICS, 0);
        FidelityScores otherMetric = FidelityScores.measure(CLEAN, JpegCompression.at(20),
                List.of(FidelityMetric.MSE_RGB), 0);

        assertThatThrownBy(() -> FidelityScores.meanPerImage(List.of(six, five)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 images");
        assertThatThrownBy(() -> FidelityScores.meanPerImage(List.of(six, otherMetric)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CPSNR");
        assertThatThrownBy(() -> FidelityScores.meanPerImage(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unclippedNoiseMseIsThatOfTheFloatNoisyImage() {
        GaussianNoise noise = new GaussianNoise(30);
        double[] unclipped = noise.unclippedMse(CLEAN);
        for (int i = 0; i < CLEAN.size(); i++) {
            assertThat(unclipped[i]).isEqualTo(noise.noisy(CLEAN.get(i), i).meanSquaredErrorTo(CLEAN.get(i)));
        }
    }
}
