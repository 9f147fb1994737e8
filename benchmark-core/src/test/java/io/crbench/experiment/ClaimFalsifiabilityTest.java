package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.experiment.PairedClaim.Expectation;
import io.crbench.result.MetricId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every asserted claim can fail: for each expectation a suite may assert, a plausible wrong result
 * (the claimed direction reversed, or no effect at all) breaks it. {@link Expectation#RECORDED}
 * claims are reports, never checks, and are shown as such.
 */
class ClaimFalsifiabilityTest {
    private static final int N = 400;

    /** Per-item hit indicators with {@code hits} ones out of {@link #N}, the ones first. */
    private static double[] hits(int hits) {
        double[] v = new double[N];
        for (int i = 0; i < hits; i++) {
            v[i] = 1;
        }
        return v;
    }

    private static ClaimOutcome outcome(double[] better, double[] worse, Expectation expectation) {
        return PairedClaimFamily.test(List.of(new PairedClaim("A > B", "A", better, "B", worse, expectation)),
                MetricId.TOP1_GAIN).get(0);
    }

    @Test
    void aReversedDirectionBreaksEveryAssertedExpectation() {
        for (Expectation e : List.of(Expectation.CONFIRMED, Expectation.NOT_CONTRADICTED)) {
            ClaimOutcome reversed = outcome(hits(100), hits(300), e);

            assertThat(reversed.finding()).isEqualTo(Finding.CONTRADICTED);
            assertThat(reversed.violatesExpectation()).as("%s with the direction reversed", e).isTrue();
        }
    }

    @Test
    void noEffectBreaksAClaimAssertedAsConfirmed() {
        ClaimOutcome none = outcome(hits(200), hits(200), Expectation.CONFIRMED);

        assertThat(none.finding()).isEqualTo(Finding.NOT_RESOLVED);
        assertThat(none.violatesExpectation()).isTrue();
    }

    @Test
    void theClaimedDirectionPassesSoTheFailuresAboveAreAboutTheData() {
        assertThat(outcome(hits(300), hits(100), Expectation.CONFIRMED).violatesExpectation()).isFalse();
    }

    @Test
    void recordedClaimsAreReportsThatNoResultCanBreak() {
        assertThat(outcome(hits(100), hits(300), Expectation.RECORDED).violatesExpectation()).isFalse();
    }
}
