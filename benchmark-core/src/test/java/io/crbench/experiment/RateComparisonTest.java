package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crbench.degradation.JpegCompression;
import io.crbench.image.Image8;
import io.crbench.metric.BjontegaardInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateComparisonTest {
    private static final List<Image8> IMAGES = List.of(
            Image8.generate(32, 32, 3, (x, y, c) -> (x * 7 + y * 13 + c * 50) % 256),
            Image8.generate(32, 32, 3, (x, y, c) -> 128 + (int) (60 * Math.sin(x / 3.0 + c) * Math.cos(y / 4.0))),
            Image8.generate(32, 32, 3, (x, y, c) -> (x ^ y) * 8 % 256));

    @Test
    void aCodecThatIsJpegItselfHasZeroDeltasWithIntervalsAroundZero() {
        FidelityGrid grid = new FidelityGrid("synthetic", IMAGES, List.of(FidelityMetric.PSNR_Y), 0);
        List<FidelityScores> points = List.of(10, 30, 50, 90).stream()
                .map(q -> grid.scores(JpegCompression.at(q))).toList();
        RateComparison same = RateComparison.between(RateComparison.fidelityCurve("jpeg", points, FidelityMetric.PSNR_Y),
                RateComparison.fidelityCurve("jpeg again", points, FidelityMetric.PSNR_Y));
        assertThat(same.codec()).isEqualTo("jpeg again");
        assertThat(same.refusal()).isEmpty();
        assertThat(same.bdRatePercent().orElseThrow().estimate()).isCloseTo(0, within(1e-9));
        assertThat(same.bdQuality().orElseThrow().low()).isCloseTo(0, within(1e-9));
        assertThat(same.bdQuality().orElseThrow().high()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theGridMeasuresEachDegradationOnce() {
        FidelityGrid grid = new FidelityGrid("synthetic", IMAGES, List.of(FidelityMetric.PSNR_Y), 0);
        assertThat(grid.scores(JpegCompression.at(20))).isSameAs(grid.scores(JpegCompression.at(20)));
        assertThat(grid.scores(JpegCompression.at(20)).perImageBitsPerPixel()).hasSize(3).doesNotContain(Double.NaN).satisfies(r -> assertThat(r[0]).isPositive());
    }

    @Test
    void curvesWithoutOverlapGiveRefusalsNamingBothDeltas() {
        BjontegaardInterval.PerImage low = new BjontegaardInterval.PerImage("low",
                new double[][] {{0.1, 0.1}, {0.2, 0.2}}, new double[][] {{30, 31}, {32, 33}});
        BjontegaardInterval.PerImage high = new BjontegaardInterval.PerImage("high",
                new double[][] {{1, 1}, {2, 2}}, new double[][] {{40, 41}, {42, 43}});
        RateComparison r = RateComparison.between(low, high);
        assertThat(r.bdRatePercent()).isEmpty();
        assertThat(r.bdQuality()).isEmpty();
        assertThat(r.refusal().orElseThrow()).contains("BD-rate: ").contains("BD-quality: ");
    }

    @Test
    void scoresWithoutRatesCannotFormACurve() {
        ClassificationScores uncompressed = ClassificationScores.of(new boolean[] {true, false}, new boolean[] {true, true});
        BjontegaardInterval.PerImage curve = RateComparison.top1Curve("identity", List.of(uncompressed, uncompressed));
        assertThat(curve.quality()[0]).containsExactly(1, 0);
        assertThat(RateComparison.between(curve, curve).refusal().orElseThrow()).contains("rate NaN");
    }
}
