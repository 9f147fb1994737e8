package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.metric.IntervalMeanAccuracy;
import org.junit.jupiter.api.Test;

class LevelHitsTest {
    /** Four images at levels 3, 8, 13, 18: image i is right at the first i levels. */
    private static final boolean[][] HITS = {
        {true, true, true, false},
        {false, true, true, false},
        {false, false, true, false},
        {false, false, false, false}};
    private static final LevelHits GRID = new LevelHits(new int[] {3, 8, 13, 18}, HITS);

    @Test
    void intervalMeansAverageTheGridLevelsInsideTheInterval() {
        assertThat(GRID.levelsWithin(1, 10)).containsExactly(3, 8);
        assertThat(GRID.perImageRates(1, 10)).containsExactly(0.5, 1.0, 1.0, 0.0);
        assertThat(GRID.intervalMean(1, 20).value()).isCloseTo((3 + 2 + 1 + 0) / 16.0, within(1e-12));
        assertThat(GRID.intervalMean(1, 20).n()).isEqualTo(4);
        assertThat(GRID.accuracyAt(8).value()).isEqualTo(0.5);
        assertThatThrownBy(() -> GRID.accuracyAt(9)).hasMessageContaining("not on the grid");
    }

    @Test
    void onAFullGridTheRatesGiveThePapersIntervalMean() {
        boolean[][] full = {{true, false}, {true, true}, {false, false}};
        double viaRates = 0;
        for (double r : IntervalMeanAccuracy.perImageRates(full, new int[] {1, 2, 3}, 1, 3)) {
            viaRates += r / 2;
        }
        assertThat(viaRates).isCloseTo(IntervalMeanAccuracy.mean(full, 1, 1, 3), within(1e-12));
    }

    @Test
    void badGridsFail() {
        assertThatThrownBy(() -> new LevelHits(new int[] {5, 3}, new boolean[][] {{true}, {true}}))
                .hasMessageContaining("strictly ascending");
        assertThatThrownBy(() -> GRID.perImageRates(19, 30)).hasMessageContaining("no measured levels in 19..30");
        assertThatThrownBy(() -> new LevelHits(new int[] {1, 2}, new boolean[][] {{true}, {true, false}}))
                .hasMessageContaining("same, non-zero number of images");
    }
}
