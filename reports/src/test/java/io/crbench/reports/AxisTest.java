package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void qualityFactorSweepGetsTensTicksFromZeroToHundred() {
        Axis axis = Axis.covering(10, 90, 10);

        assertThat(axis.ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0);
        assertThat(axis.label(40)).isEqualTo("40");
    }

    @Test
    void accuracyRangeGetsEnoughDecimalsForItsStep() {
        Axis axis = Axis.covering(0.912, 0.937, 6);

        assertThat(axis.min()).isLessThan(0.912);
        assertThat(axis.max()).isGreaterThan(0.937);
        assertThat(axis.ticks()).allSatisfy(t -> assertThat(axis.label(t)).matches("0\\.\\d{3}"));
    }

    @Test
    void singleValueGetsAVisibleRangeAroundIt() {
        Axis axis = Axis.covering(27.5, 27.5, 6);

        assertThat(axis.min()).isLessThan(27.5);
        assertThat(axis.max()).isGreaterThan(27.5);
        assertThat(axis.fraction(27.5)).isBetween(0.2, 0.8);
    }

    @Test
    void zeroTickIsNotPrintedNegative() {
        Axis axis = Axis.covering(-0.3, 0.7, 6);

        assertThat(axis.ticks()).contains(0.0);
        assertThat(axis.ticks().stream().map(axis::label)).contains("0.0").doesNotContain("-0.0");
    }
}
