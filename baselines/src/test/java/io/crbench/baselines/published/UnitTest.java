package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void wireNamesRoundTrip() {
        for (Unit u : Unit.values()) {
            assertThat(Unit.fromWire(u.wire())).isEqualTo(u);
        }
    }

    @Test
    void onlyAccuracyUnitsConvertToFractions() {
        assertThat(Unit.PERCENT.toFraction(72.4)).isEqualTo(0.724);
        assertThat(Unit.FRACTION.toFraction(0.85)).isEqualTo(0.85);
        assertThat(Unit.SSIM.isAccuracy()).isFalse();
        assertThatThrownBy(() -> Unit.SSIM.toFraction(0.9))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ssim");
    }

    @Test
    void countComplexityAndTimeUnitsAreNotAccuracies() {
        assertThat(Unit.fromWire("millions")).isEqualTo(Unit.MILLIONS);
        assertThat(Unit.fromWire("GFLOPs")).isEqualTo(Unit.GFLOPS);
        assertThat(Unit.fromWire("ms")).isEqualTo(Unit.MILLISECONDS);
        for (Unit u : new Unit[] {Unit.MILLIONS, Unit.GFLOPS, Unit.MILLISECONDS}) {
            assertThat(u.isAccuracy()).as("%s", u).isFalse();
            assertThatThrownBy(() -> u.toFraction(1.0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(u.wire() + " is not an accuracy unit");
        }
    }

    @Test
    void wireNamesAreCaseSensitive() {
        assertThatThrownBy(() -> Unit.fromWire("gflops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid units: dB, fraction, percent, ssim, millions, GFLOPs, ms");
    }
}
