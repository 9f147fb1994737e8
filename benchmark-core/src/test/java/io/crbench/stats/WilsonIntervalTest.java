package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    @Test
    void eightOfTenAtNinetyFivePercent() {
        // Textbook value (e.g. Newcombe 1998, Agresti & Coull 1998): [0.4902, 0.9433].
        Interval ci = WilsonInterval.of(8, 10, 0.95);

        assertThat(ci.estimate()).isEqualTo(0.8);
        assertThat(ci.low()).isCloseTo(0.4902, within(5e-5));
        assertThat(ci.high()).isCloseTo(0.9433, within(5e-5));
        assertThat(ci.level()).isEqualTo(0.95);
    }

    @Test
    void staysInsideTheUnitIntervalAtTheEdges() {
        Interval none = WilsonInterval.of(0, 10, 0.95);
        Interval all = WilsonInterval.of(10, 10, 0.95);

        assertThat(none.low()).isCloseTo(0.0, within(1e-15));
        assertThat(none.high()).isCloseTo(0.2775, within(5e-5));
        assertThat(all.high()).isCloseTo(1.0, within(1e-15));
        assertThat(all.low()).isCloseTo(0.7225, within(5e-5));
    }

    @Test
    void rejectsBadCountsAndLevels() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trials");
        assertThatThrownBy(() -> WilsonInterval.of(11, 10, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..10");
        assertThatThrownBy(() -> WilsonInterval.of(5, 10, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0,1)");
        assertThatThrownBy(() -> WilsonInterval.of(5, 10, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
