package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.degradation.GaussianNoise;
import io.crbench.degradation.JpegCompression;
import io.crbench.image.Image8;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link FidelityScores}: image i degraded with seed i, scored against its own clean image, in either path. */
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
    void oneBatchGivesTheSameScoresWithoutARate() {
        JpegCompression jpeg = JpegCompression.at(20);
        FidelityScores one = FidelityScores.measure(CLEAN, jpeg, METRICS, 0);
        FidelityScores batch = FidelityScores.measureInOneBatch(CLEAN, jpeg, METRICS, 0);
        for (FidelityMetric m : METRICS) {
            assertThat(batch.values(m)).isEqualTo(one.values(m));
        }
        assertThat(one.bitsPerPixel()).isPresent();
        assertThat(batch.bitsPerPixel()).isEmpty();
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
