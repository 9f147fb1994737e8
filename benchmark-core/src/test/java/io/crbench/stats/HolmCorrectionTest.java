package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmCorrectionTest {
    /** The textbook four-test example (e.g. Wikipedia, "Holm–Bonferroni method"). */
    private static final double[] P = {0.01, 0.04, 0.03, 0.005};

    @Test
    void adjustsTheTextbookExample() {
        // Sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 → running max 0.06.
        assertThat(HolmCorrection.adjust(P)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void rejectsTheFirstAndFourthAtFivePercent() {
        assertThat(HolmCorrection.rejected(P, 0.05)).containsExactly(true, false, false, true);
    }

    @Test
    void capsAtOneAndKeepsTheInputOrder() {
        assertThat(HolmCorrection.adjust(new double[] {0.9, 0.5, 0.6})).containsExactly(1.0, 1.0, 1.0);
        assertThat(HolmCorrection.adjust(new double[] {0.2})).containsExactly(0.2);
    }

    @Test
    void rejectsEmptyNaNAndOutOfRangeInput() {
        assertThatThrownBy(() -> HolmCorrection.adjust(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no p-values");
        assertThatThrownBy(() -> HolmCorrection.adjust(new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p-value 1").hasMessageContaining("NaN");
        assertThatThrownBy(() -> HolmCorrection.adjust(new double[] {1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0,1]");
        assertThatThrownBy(() -> HolmCorrection.rejected(P, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    }
}
