package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.degradation.Identity;
import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import org.junit.jupiter.api.Test;

class MetricFormatTest {

    private static ResultRecord record(String metric, double measured, Double published) {
        return new ResultRecord("001", "3", "c", "d", 1, "m", new Identity().condition(), metric, measured, Double.NaN, Double.NaN,
                published, Verdict.REPRODUCED, "");
    }

    @Test
    void decibelsGetTwoDecimalsAndTheirDifferencesThree() {
        MetricFormat f = MetricFormat.of(record("psnrb_y", 27.456, 27.5));

        assertThat(f.value(27.456)).isEqualTo("27.46");
        assertThat(f.delta(0.0444)).isEqualTo("0.044");
    }

    @Test
    void fractionsGetFourDecimalsCountsNoneAndOtherValuesTwo() {
        assertThat(MetricFormat.of(record("top1", 0.91234, 0.9125)).value(0.91234)).isEqualTo("0.9123");
        assertThat(MetricFormat.of(record("params", 11173962, 11200000.0)).value(11173962)).isEqualTo("11173962");
        assertThat(MetricFormat.of(record("latency_ms_p50", 12.3456, null)).value(12.3456)).isEqualTo("12.35");
    }

    @Test
    void missingValuesAreEmptyAndIntervalsNeedBothBounds() {
        MetricFormat f = MetricFormat.of(record("top1", Double.NaN, null));

        assertThat(f.value(Double.NaN)).isEmpty();
        assertThat(f.interval(0.5, Double.NaN)).isEmpty();
        assertThat(f.interval(0.5, 0.6)).isEqualTo("[0.5000, 0.6000]");
    }
}
