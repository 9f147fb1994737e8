package io.crbench.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import io.crbench.result.Verdict;
import io.crbench.stats.Interval;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final Measurement MEASURED = new Measurement(MetricId.CPSNR, new Interval(23.34, 23.30, 23.38, 0.95),
            10000);

    private static final SampleRelation OTHER = SampleRelation.otherSample("another sample");

    private static PublishedValue published(double value, String knownDeviation) {
        return published(value, knownDeviation, OTHER);
    }

    private static PublishedValue published(double value, String knownDeviation, SampleRelation sample) {
        return new PublishedValue(TableKey.of("003", "2").cell("JPEG", 10), value, 0.05, "printed to 2 decimals", knownDeviation, sample);
    }

    @Test
    void withinHalfWidthPlusMarginIsReproduced() {
        Comparison c = Comparison.of(MEASURED, published(23.28, null));
        assertThat(c.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(c.tolerance()).isCloseTo(0.09, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.reason()).contains("95% CI half-width", "n=10000", "printed to 2 decimals");
    }

    @Test
    void theSameImagesHaveNoSamplingTermSoOnlyTheMarginCounts() {
        Comparison c = Comparison.of(MEASURED, published(23.28, null, SampleRelation.sameImages(10000, "all test images")));

        assertThat(c.tolerance()).isEqualTo(0.05);
        assertThat(c.verdict()).isEqualTo(Verdict.OUT_OF_TOLERANCE);
        assertThat(c.reason()).contains("no sampling term: the paper measured the same 10000 images");
    }

    @Test
    void aSubsetOfThePapersImagesKeepsItsSamplingTerm() {
        Measurement subset = new Measurement(MetricId.CPSNR, new Interval(23.34, 23.30, 23.38, 0.95), 1000);

        assertThat(Comparison.of(subset, published(23.28, null, SampleRelation.sameImages(10000, "all"))).tolerance())
                .isCloseTo(0.09, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void beyondToleranceFailsNamingPaperTableCellAndValues() {
        assertThatThrownBy(() -> ComparisonAssert.assertThat(MEASURED).isWithinToleranceOf(published(23.0, null)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(ComparisonAssert.OUT_OF_TOLERANCE_PREFIX)
                .hasMessageContaining("paper 003 Table 2 cell JPEG/10")
                .hasMessageContaining("measured 23.3400 [23.3000, 23.3800] vs published 23.0000");
    }

    @Test
    void aDeclaredDeviationIsReportedNotFailed() {
        PublishedValue p = published(23.0, "different libjpeg build");
        ComparisonAssert.assertThat(MEASURED).isWithinToleranceOf(p);
        Comparison c = Comparison.of(MEASURED, p);
        assertThat(c.verdict()).isEqualTo(Verdict.OUT_OF_TOLERANCE);
        assertThat(c.reason()).contains("known deviation: different libjpeg build");
    }
}
