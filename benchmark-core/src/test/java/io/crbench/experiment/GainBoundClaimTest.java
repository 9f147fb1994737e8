package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.stats.Interval;
import org.junit.jupiter.api.Test;

/** {@link GainBoundClaim}: the mean decides on the whole set, the interval on a subset. */
class GainBoundClaimTest {
    private static final GainBoundClaim AT_LEAST_ONE = new GainBoundClaim("at least 1 dB", 1.0);

    private static PairedComparison gain(double mean, double low, double high) {
        return new PairedComparison(new Measurement(MetricId.PSNR_Y_GAIN, new Interval(mean, low, high, 0.95), 29), 25,
                4, 1e-4);
    }

    @Test
    void onTheWholeSetTheMeanAloneDecides() {
        assertThat(AT_LEAST_ONE.finding(gain(1.2, 0.8, 1.6), true)).isEqualTo(Finding.CONFIRMED);
        assertThat(AT_LEAST_ONE.finding(gain(0.9, 0.5, 1.6), true)).isEqualTo(Finding.CONTRADICTED);
    }

    @Test
    void onASubsetTheIntervalDecidesAndMayLeaveItOpen() {
        assertThat(AT_LEAST_ONE.finding(gain(1.5, 1.1, 1.9), false)).isEqualTo(Finding.CONFIRMED);
        assertThat(AT_LEAST_ONE.finding(gain(1.2, 0.8, 1.6), false)).isEqualTo(Finding.NOT_RESOLVED);
        assertThat(AT_LEAST_ONE.finding(gain(0.6, 0.4, 0.9), false)).isEqualTo(Finding.CONTRADICTED);
    }
}
