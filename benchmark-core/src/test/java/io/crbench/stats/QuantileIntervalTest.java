package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class QuantileIntervalTest {
    private static double[] oneTo(int n) {
        return IntStream.rangeClosed(1, n).mapToDouble(i -> i).toArray();
    }

    @Test
    void medianOfAHundredUsesTheTextbookRanks() {
        // Binomial(100, 0.5): P(B <= 39) = 0.0176 <= 0.025 < P(B <= 40) = 0.0284, and
        // P(B >= 61) = 0.0176 <= 0.025 < P(B >= 60), so the 95 % interval is [x(40), x(61)].
        Interval ci = QuantileInterval.of(oneTo(100), 0.5, 0.95);

        assertThat(ci).isEqualTo(new Interval(50.5, 40, 61, 0.95));
    }

    @Test
    void estimateInterpolatesLikeNumPy() {
        // numpy.quantile([3, 1, 4, 1, 5, 9, 2, 6], 0.5) == 3.5 and numpy.quantile(range(1, 201), 0.95)
        // == 190.05 (index 0.95 × 199 = 189.05 of the sorted values).
        double[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        assertThat(QuantileInterval.of(values, 0.5, 0.9).estimate()).isCloseTo(3.5, within(1e-12));
        assertThat(QuantileInterval.of(oneTo(200), 0.95, 0.95).estimate()).isCloseTo(190.05, within(1e-9));
    }

    @Test
    void boundsAreTheEqualTailedOrderStatisticsAtEverySize() {
        for (double p : new double[] {0.05, 0.1, 0.5, 0.9, 0.95, 0.99}) {
            for (int n = QuantileInterval.minimumSampleSize(p, 0.95); n <= 400; n += 7) {
                Interval ci = QuantileInterval.of(oneTo(n), p, 0.95);
                int l = (int) ci.low();
                int u = (int) ci.high();
                BinomialDistribution b = new BinomialDistribution(n, p);
                String where = "p=" + p + " n=" + n;
                assertThat(ci.contains(ci.estimate())).as(where).isTrue();
                // Each tail errs with probability at most 2.5 %, and neither rank could move inward.
                assertThat(b.cumulativeProbability(l - 1)).as(where).isLessThanOrEqualTo(0.025);
                assertThat(l == n || b.cumulativeProbability(l) > 0.025).as(where).isTrue();
                assertThat(1 - b.cumulativeProbability(u - 1)).as(where).isLessThanOrEqualTo(0.025 + 1e-12);
                assertThat(u == 1 || 1 - b.cumulativeProbability(u - 2) > 0.025).as(where).isTrue();
            }
        }
    }

    @Test
    void coversTheTrueQuantileAtLeastAtTheLevel() {
        // Exponential(1): true median ln 2. 4,000 samples of size 30 with a fixed seed.
        SplittableRandom random = new SplittableRandom(5);
        double median = Math.log(2);
        int covered = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[30];
            for (int i = 0; i < x.length; i++) {
                x[i] = -Math.log(1 - random.nextDouble());
            }
            if (QuantileInterval.of(x, 0.5, 0.95).contains(median)) {
                covered++;
            }
        }
        // Exact coverage at n = 30 is P(10 <= B <= 20) = 0.9572; 4,000 trials have a standard
        // error of 0.0032.
        assertThat((double) covered / trials).isBetween(0.945, 0.97);
    }

    @Test
    void minimumSampleSizeIsWhereTheExtremeOrderStatisticsSuffice() {
        assertThat(QuantileInterval.minimumSampleSize(0.5, 0.95)).isEqualTo(6);
        assertThat(QuantileInterval.minimumSampleSize(0.95, 0.95)).isEqualTo(72);
        assertThat(QuantileInterval.minimumSampleSize(0.05, 0.95)).isEqualTo(72);
        assertThat(QuantileInterval.minimumSampleSize(0.99, 0.95)).isEqualTo(368);
        assertThatThrownBy(() -> QuantileInterval.minimumSampleSize(1e-17, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too extreme");
        // At the minimum the interval runs to the sample extreme.
        Interval ci = QuantileInterval.of(oneTo(72), 0.95, 0.95);
        assertThat(ci.high()).isEqualTo(72);
    }

    @Test
    void tooFewSamplesIsAClearError() {
        assertThatThrownBy(() -> QuantileInterval.of(oneTo(71), 0.95, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a 0.95 order-statistic interval of the 0.95-quantile needs at least 72 samples, got 71");
        assertThatThrownBy(() -> QuantileInterval.of(new double[0], 0.5, 0.95))
                .hasMessageContaining("at least 6 samples, got 0");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> QuantileInterval.of(oneTo(10), 1, 0.95)).hasMessageContaining("(0,1)");
        assertThatThrownBy(() -> QuantileInterval.of(oneTo(10), 0.5, 1)).hasMessageContaining("level");
        double[] withNaN = oneTo(10);
        withNaN[3] = Double.NaN;
        assertThatThrownBy(() -> QuantileInterval.of(withNaN, 0.5, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample 3 is NaN");
    }

    @Test
    void doesNotReorderTheCallersArray() {
        double[] values = {5, 3, 1, 4, 2, 6, 0};
        QuantileInterval.of(values, 0.5, 0.9);
        assertThat(values).containsExactly(5, 3, 1, 4, 2, 6, 0);
    }
}
