package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.stats.Interval;
import org.junit.jupiter.api.Test;

class IntervalMeanAccuracyTest {
    /** Quality levels 5..8 (rows), four images (columns). */
    private static final boolean[][] GRID = {
        {false, false, true, false}, // q = 5: 1/4
        {true, false, true, false},  // q = 6: 2/4
        {true, true, true, false},   // q = 7: 3/4
        {true, true, true, true},    // q = 8: 4/4
    };

    @Test
    void averagesThePerLevelAccuracies() {
        assertThat(IntervalMeanAccuracy.mean(GRID, 5, 5, 8)).isCloseTo((0.25 + 0.5 + 0.75 + 1.0) / 4, within(1e-15));
        assertThat(IntervalMeanAccuracy.mean(GRID, 5, 6, 7)).isCloseTo((0.5 + 0.75) / 2, within(1e-15));
    }

    @Test
    void bootstrapResamplesWholeImages() {
        Interval ci = IntervalMeanAccuracy.confidenceInterval(GRID, 5, 5, 8, 0.95, 2000, 42);

        assertThat(ci.estimate()).isCloseTo(0.625, within(1e-15));
        // Per-image hit rates over the four levels are 3/4, 2/4, 4/4, 1/4: a resample's mean
        // can only be a multiple of 1/16 between 1/4 and 1.
        assertThat(ci.low()).isBetween(0.25, 0.625);
        assertThat(ci.high()).isBetween(0.625, 1.0);
        assertThat(IntervalMeanAccuracy.confidenceInterval(GRID, 5, 5, 8, 0.95, 2000, 42)).isEqualTo(ci);
    }

    @Test
    void anImageRightAtEveryLevelOrNoneGivesADegenerateInterval() {
        boolean[][] allRight = {{true, true}, {true, true}};

        assertThat(IntervalMeanAccuracy.confidenceInterval(allRight, 1, 1, 2, 0.9, 100, 1))
                .isEqualTo(new Interval(1.0, 1.0, 1.0, 0.9));
    }

    @Test
    void rejectsBadLevelsAndRaggedGrids() {
        assertThatThrownBy(() -> IntervalMeanAccuracy.mean(GRID, 5, 7, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ql < Qu");
        assertThatThrownBy(() -> IntervalMeanAccuracy.mean(GRID, 5, 4, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured 5..8");
        assertThatThrownBy(() -> IntervalMeanAccuracy.mean(GRID, 5, 6, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not all measured");
        boolean[][] ragged = {{true}, {true, false}};
        assertThatThrownBy(() -> IntervalMeanAccuracy.mean(ragged, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same images");
        boolean[][] empty = {{}, {}};
        assertThatThrownBy(() -> IntervalMeanAccuracy.mean(empty, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no images");
        assertThatThrownBy(() -> IntervalMeanAccuracy.confidenceInterval(GRID, 5, 5, 8, 1.0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0,1)");
    }
}
