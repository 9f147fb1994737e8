package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {
    private static final double[] VALUES = {31.2, 29.8, 33.1, 30.5, 28.9, 32.4, 31.7, 30.0, 29.3, 32.9};

    @Test
    void sameSeedGivesTheSameInterval() {
        Interval first = BootstrapInterval.mean(VALUES, 0.95, 2000, 7);
        Interval second = BootstrapInterval.mean(VALUES, 0.95, 2000, 7);
        Interval otherSeed = BootstrapInterval.mean(VALUES, 0.95, 2000, 8);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void estimateIsTheSampleMeanAndTheIntervalIsPlausible() {
        Interval ci = BootstrapInterval.mean(VALUES, 0.95, 5000, 1);
        // Sample mean 30.98, sample sd ≈ 1.51, so the standard error is ≈ 0.48 and a 95 %
        // interval is roughly ±0.9.
        assertThat(ci.estimate()).isCloseTo(30.98, within(1e-12));
        assertThat(ci.low()).isBetween(29.8, 30.6);
        assertThat(ci.high()).isBetween(31.4, 32.2);
    }

    @Test
    void higherLevelGivesAWiderInterval() {
        Interval ci80 = BootstrapInterval.mean(VALUES, 0.80, 4000, 3);
        Interval ci99 = BootstrapInterval.mean(VALUES, 0.99, 4000, 3);

        assertThat(ci99.low()).isLessThan(ci80.low());
        assertThat(ci99.high()).isGreaterThan(ci80.high());
    }

    @Test
    void constantValuesGiveADegenerateInterval() {
        assertThat(BootstrapInterval.mean(new double[] {2.5, 2.5, 2.5}, 0.95, 100, 0))
                .isEqualTo(new Interval(2.5, 2.5, 2.5, 0.95));
    }

    @Test
    void rejectsNonFiniteValuesAndBadArguments() {
        assertThatThrownBy(() -> BootstrapInterval.mean(new double[] {30, Double.POSITIVE_INFINITY}, 0.95, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 1 is Infinity");
        assertThatThrownBy(() -> BootstrapInterval.mean(new double[] {Double.NaN}, 0.95, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> BootstrapInterval.mean(new double[0], 0.95, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values");
        assertThatThrownBy(() -> BootstrapInterval.mean(VALUES, 0, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0,1)");
        assertThatThrownBy(() -> BootstrapInterval.mean(VALUES, 0.95, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resamples");
    }
}
