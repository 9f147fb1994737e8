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
}
