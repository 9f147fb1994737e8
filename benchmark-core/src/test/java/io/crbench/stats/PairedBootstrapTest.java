package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    @Test
    void constantDifferenceGivesADegenerateIntervalWhateverThePerItemSpread() {
        double[] a = {30, 35, 25, 40};
        double[] b = {29, 34, 24, 39};

        assertThat(PairedBootstrap.meanDifference(a, b, 0.95, 500, 11)).isEqualTo(new Interval(1, 1, 1, 0.95));
    }

    @Test
    void resamplesPairsLikeTheBootstrapOfTheDifferences() {
        double[] a = {30.1, 35.4, 25.2, 40.8, 33.3};
        double[] b = {29.0, 34.9, 25.6, 39.1, 32.0};
        double[] difference = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            difference[i] = a[i] - b[i];
        }

        assertThat(PairedBootstrap.meanDifference(a, b, 0.9, 1000, 5))
                .isEqualTo(BootstrapInterval.mean(difference, 0.9, 1000, 5));
    }

    @Test
    void rejectsUnpairedOrNonFiniteInput() {
        assertThatThrownBy(() -> PairedBootstrap.meanDifference(new double[2], new double[3], 0.95, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 vs 3");
        assertThatThrownBy(() -> PairedBootstrap.meanDifference(
                new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}, 0.95, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair 1");
        assertThatThrownBy(() -> PairedBootstrap.meanDifference(new double[0], new double[0], 0.95, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values");
    }
}
