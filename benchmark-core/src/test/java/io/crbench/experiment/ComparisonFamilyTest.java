package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.result.MetricId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonFamilyTest {
    /** 100 items; the method beats the baseline on {@code up} of them and loses on {@code down} (top-1 hits). */
    static PairedComparison flips(int up, int down) {
        double[] method = new double[100];
        double[] baseline = new double[100];
        for (int i = 0; i < up; i++) {
            method[i] = 1;
        }
        for (int i = up; i < up + down; i++) {
            baseline[i] = 1;
        }
        return PairedComparison.of(MetricId.TOP1_GAIN, method, baseline);
    }

    @Test
    void holmCorrectsAcrossTheFamilyAndTheSignTestGivesTheDirection() {
        List<ComparisonFamily.Tested> t = ComparisonFamily.test(List.of(flips(20, 2), flips(2, 20), flips(9, 3)));
        assertThat(t.get(0).significantlyBetter()).isTrue();
        assertThat(t.get(1).significantlyWorse()).isTrue();
        assertThat(t.get(1).significantlyBetter()).isFalse();
        // 9 vs 3 has raw p = 0.146: not significant, and Holm only raises it.
        assertThat(t.get(2).significant()).isFalse();
        assertThat(t.get(2).adjustedP()).isGreaterThanOrEqualTo(t.get(2).comparison().signTestP());
    }

    @Test
    void aComparisonSignificantAloneCanFailInALargerFamily() {
        PairedComparison borderline = flips(14, 3);
        assertThat(ComparisonFamily.test(List.of(borderline)).get(0).significant()).isTrue();
        assertThat(ComparisonFamily.test(List.of(borderline, flips(5, 5), flips(5, 5), flips(5, 5), flips(5, 5)))
                .get(0).significant()).isFalse();
    }

    @Test
    void aSignTestWinWithAMeanThatDoesNotMoveStaysUndecided() {
        // 30 items gain 0.1 each, 10 lose 2 each: the sign test says better (p ≈ 0.002), the mean falls.
        double[] method = new double[40];
        double[] baseline = new double[40];
        for (int i = 0; i < 40; i++) {
            method[i] = i < 30 ? 0.1 : -2;
        }
        ComparisonFamily.Tested t = ComparisonFamily.test(List.of(PairedComparison.of(MetricId.PSNR_RGB_GAIN, method,
                baseline))).get(0);
        assertThat(t.significant()).isTrue();
        assertThat(t.significantlyBetter()).isFalse();
        assertThat(t.findingOn(1)).isEqualTo(Finding.NOT_RESOLVED);
        assertThat(t.findingOn(1).words(40)).isEqualTo("not resolved at n = 40");
    }

    @Test
    void aFindingIsOnTheClaimedSignAndAMemberTestedAloneIsBonferroniCorrected() {
        ComparisonFamily.Tested better = ComparisonFamily.test(List.of(flips(20, 2))).get(0);
        assertThat(better.findingOn(+2.4)).isEqualTo(Finding.CONFIRMED);
        assertThat(better.findingOn(-0.5)).isEqualTo(Finding.CONTRADICTED);
        assertThatThrownBy(() -> better.findingOn(0)).hasMessageContaining("sign");
        PairedComparison borderline = flips(14, 3);
        ComparisonFamily.Tested alone = ComparisonFamily.testAlone(borderline, 5);
        assertThat(alone.adjustedP()).isEqualTo(Math.min(1, 5 * borderline.signTestP()));
        assertThat(alone.adjustedP()).isGreaterThanOrEqualTo(ComparisonFamily.test(List.of(borderline, flips(5, 5),
                flips(5, 5), flips(5, 5), flips(5, 5))).get(0).adjustedP());
    }

    @Test
    void aNotResolvedTop1VerdictStatesTheSmallestDifferenceTheTestCouldDecide() {
        ComparisonFamily.Tested t = ComparisonFamily.test(List.of(flips(12, 8), flips(5, 5))).get(0);
        assertThat(t.findingOn(1)).isEqualTo(Finding.NOT_RESOLVED);
        double reach = t.decidableTop1Difference(ComparisonFamily.Tested.STATED_POWER).orElseThrow();
        // 20 discordant of 100 images: even all 20 on one side is a difference of 0.20.
        assertThat(reach).isGreaterThan(0.04).isLessThanOrEqualTo(0.20);
        assertThat(t.verdict(1)).startsWith("not resolved at n = 100 (with 20 discordant images the test decides")
                .contains("α = 0.025").contains(String.format(java.util.Locale.ROOT, "%.1f points", 100 * reach));

        ComparisonFamily.Tested few = ComparisonFamily.testAlone(flips(3, 2), 4);
        assertThat(few.decidableTop1Difference(0.8)).isEmpty();
        assertThat(few.verdict(1)).contains("5 discordant images: too few for any top-1 difference to be decided");

        ComparisonFamily.Tested decided = ComparisonFamily.test(List.of(flips(40, 2))).get(0);
        assertThat(decided.verdict(1)).isEqualTo("confirmed");
        assertThat(decided.verdict(-1)).isEqualTo("contradicted");
    }

    @Test
    void otherMetricsKeepTheSampleSizeOnly() {
        double[] method = {0.2, 0.1, 0.3, 0.0};
        double[] baseline = {0.1, 0.2, 0.2, 0.1};
        ComparisonFamily.Tested t = ComparisonFamily.test(List.of(PairedComparison.of(MetricId.PSNR_RGB_GAIN, method,
                baseline))).get(0);
        assertThat(t.verdict(1)).isEqualTo("not resolved at n = 4");
        assertThat(t.decidableTop1Difference(0.8)).isEmpty();
    }
}
