package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClopperPearsonIntervalTest {
    @Test
    void zeroOfTenHasUpperBoundOneMinusAlphaHalfToTheOneOverN() {
        // With no successes the upper bound solves (1 − p)^10 = 0.025: p = 1 − 0.025^(1/10) = 0.30850.
        Interval ci = ClopperPearsonInterval.of(0, 10, 0.95);

        assertThat(ci.estimate()).isZero();
        assertThat(ci.low()).isZero();
        assertThat(ci.high()).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-10));
    }

    @Test
    void tenOfTenMirrorsZeroOfTen() {
        Interval ci = ClopperPearsonInterval.of(10, 10, 0.95);

        assertThat(ci.high()).isEqualTo(1.0);
        assertThat(ci.low()).isCloseTo(Math.pow(0.025, 0.1), within(1e-10));
    }

    @Test
    void eightOfTenMatchesRBinomTest() {
        // R: binom.test(8, 10)$conf.int = 0.4439045 0.9747893
        Interval ci = ClopperPearsonInterval.of(8, 10, 0.95);

        assertThat(ci.low()).isCloseTo(0.4439045, within(1e-7));
        assertThat(ci.high()).isCloseTo(0.9747893, within(1e-7));
    }

    @Test
    void isWiderThanWilson() {
        Interval exact = ClopperPearsonInterval.of(8, 10, 0.95);
        Interval wilson = WilsonInterval.of(8, 10, 0.95);

        assertThat(exact.low()).isLessThan(wilson.low());
        assertThat(exact.high()).isGreaterThan(wilson.high());
    }

    @Test
    void rejectsBadCounts() {
        assertThatThrownBy(() -> ClopperPearsonInterval.of(-1, 10, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successes");
        assertThatThrownBy(() -> ClopperPearsonInterval.of(1, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0,1)");
    }
}
