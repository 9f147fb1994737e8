package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.experiment.PairedClaim.Expectation;
import io.crbench.result.MetricId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedClaimFamilyTest {
    /** Scores where the first {@code wins} items favour A, the next {@code losses} favour B, the rest tie. */
    private static double[][] scores(int wins, int losses, int ties) {
        int n = wins + losses + ties;
        double[] a = new double[n];
        double[] b = new double[n];
        Arrays.fill(b, 0.5);
        Arrays.fill(a, 0.5);
        for (int i = 0; i < wins; i++) {
            a[i] = 1;
        }
        for (int i = wins; i < wins + losses; i++) {
            a[i] = 0;
        }
        return new double[][] {a, b};
    }

    private static PairedClaim claim(String name, int wins, int losses, Expectation e) {
        double[][] s = scores(wins, losses, 20);
        return new PairedClaim(name, "A", s[0], "B", s[1], e);
    }

    @Test
    void findingsFollowTheHolmAdjustedSignTestAndTheDirection() {
        List<ClaimOutcome> outcomes = PairedClaimFamily.test(List.of(
                claim("clear win", 60, 5, Expectation.CONFIRMED),
                claim("clear loss", 5, 60, Expectation.RECORDED),
                claim("coin flip", 12, 10, Expectation.NOT_CONTRADICTED)), MetricId.INTERVAL_MEAN_ACCURACY_GAIN);
        assertThat(outcomes).extracting(ClaimOutcome::finding)
                .containsExactly(Finding.CONFIRMED, Finding.CONTRADICTED, Finding.NOT_RESOLVED);
        assertThat(outcomes.get(0).holmP()).isLessThan(1e-9);
        assertThat(outcomes.get(2).holmP()).isGreaterThan(0.05);
        assertThat(outcomes.get(0).comparison().difference().value()).isGreaterThan(0);
        assertThat(outcomes.get(0).describe()).contains("claim clear win").contains("A wins 60").contains("B wins 5")
                .contains("confirmed (asserted: confirmed)");
        assertThat(outcomes).noneMatch(ClaimOutcome::violatesExpectation);
        PairedClaimFamily.assertExpectations(outcomes);
    }

    @Test
    void assertedClaimsFailWhenTheDataGoAgainstThem() {
        List<ClaimOutcome> outcomes = PairedClaimFamily.test(List.of(
                claim("should hold", 5, 60, Expectation.NOT_CONTRADICTED),
                claim("should be clear", 12, 10, Expectation.CONFIRMED)), MetricId.INTERVAL_MEAN_ACCURACY_GAIN);
        assertThat(outcomes).allMatch(ClaimOutcome::violatesExpectation);
        assertThatThrownBy(() -> PairedClaimFamily.assertExpectations(outcomes))
                .hasMessageStartingWith(PairedClaimFamily.CONTRADICTED_PREFIX)
                .hasMessageContaining("should hold").hasMessageContaining("contradicted")
                .hasMessageContaining("should be clear").hasMessageContaining("not resolved");
    }

    @Test
    void unpairedScoresFail() {
        assertThatThrownBy(() -> new PairedClaim("x", "A", new double[2], "B", new double[3], Expectation.RECORDED))
                .hasMessageContaining("paired");
    }
}
