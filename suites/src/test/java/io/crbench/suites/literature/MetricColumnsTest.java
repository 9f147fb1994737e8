package io.crbench.suites.literature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.baselines.published.PublishedTables;
import io.crbench.experiment.FidelityMetric;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricColumnsTest {
    /** The DnCNN paper's JPEG table: PSNR and SSIM columns per method, no PSNR-B, no BSDS500 rows. */
    private static final MetricColumns DNCNN = MetricColumns.deblocking(PublishedTables.load("dncnn", "JPEG"));

    @Test
    void aMethodsCellsAreTheMetricsItsRowPrints() {
        assertThat(DNCNN.printed("Classic5/10", "ARCNN")).containsExactly(FidelityMetric.PSNR_Y, FidelityMetric.SSIM_Y);
    }

    @Test
    void aRowOrMethodTheTableDoesNotCoverHasNoCells() {
        assertThat(DNCNN.printed("BSDS500/10", "ARCNN")).isEmpty();
        assertThat(DNCNN.printed("Classic5/10", "JPEG")).isEmpty();
    }

    @Test
    void everyMetricNeedsASuffix() {
        assertThatThrownBy(() -> new MetricColumns(DNCNN.table(), MetricColumns.LUMA_METRICS,
                Map.of(FidelityMetric.PSNR_Y, "_psnr"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column suffix").hasMessageContaining("SSIM_Y");
    }
}
