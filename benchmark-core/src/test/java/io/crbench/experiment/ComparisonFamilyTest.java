package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonFamilyTest {
    /** 100 items; the method beats the baseline on {@code up} of them and loses on {@code down}. */
    private static PairedComparison flips(int up, int down) {
        double[] method = new double[100];
        double[] baseline = new double[100];
        for (int i = 0; i < up; i++) {
            method[i] = 1;
        }
        for (int i = up; i < up + down; i++) {
            baseline[i] = 1;
        }
        return PairedComparison.of("top1_gain", method, baseline);
    }

    @Test
    void holmCorrectsAcrossTheFamilyAndTheSignTestGivesTheDirection() {
        List<ComparisonFamily.Tested> t = ComparisonFamily.test(List.of(flips(20, 2), flips(2, 20), flips(9, 3)));
        assertThat(t.get(0).significantlyBetter()).isTrue();
        assertThat(t.get(1).significantlyWorse()).isTrue();
        assertThat(t.get(1).significantlyBetter()).isFalse();
        // 9 vs 3 has raw p = 0.146: not significant, and Holm only raises it.
        assertThat(t.get(2).significant()).isFalse();
        assertThat(t.get(2).holmP()).isGreaterThanOrEqualTo(t.get(2).comparison().signTestP());
    }

    @Test
    void aComparisonSignificantAloneCanFailInALargerFamily() {
        PairedComparison borderline = flips(14, 3);
        assertThat(ComparisonFamily.test(List.of(borderline)).get(0).significant()).isTrue();
        assertThat(ComparisonFamily.test(List.of(borderline, flips(5, 5), flips(5, 5), flips(5, 5), flips(5, 5)))
                .get(0).significant()).isFalse();
    }
}
