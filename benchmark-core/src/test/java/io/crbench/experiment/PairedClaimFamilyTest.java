package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.PairedClaim.Expectation;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import io.crbench.result.ResultsFile;
import io.crbench.result.TableKey;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PairedClaimFamily}: one Holm family of asserted claims, two rows per claim written before asserting. */
@ExtendWith(RecordsWithoutAGate.class)
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
    void recordingWritesTheDifferenceAndTheHolmAdjustedPOfEveryClaimEvenOneThatFails() {
        TableKey table = TableKey.claimOf("003");
        List<PairedClaim> claims = List.of(claim("clear win", 60, 5, Expectation.CONFIRMED),
                claim("should hold", 5, 60, Expectation.NOT_CONTRADICTED));
        int before = ResultsFile.shared().written().size();

        List<ClaimOutcome> outcomes = PairedClaimFamily.record(claims, MetricId.INTERVAL_MEAN_ACCURACY_GAIN,
                List.of(new PairedClaimFamily.Placement(table.cell("claim", "clear win"), "cifar", "A vs B",
                        JpegCompression.at(10).condition()), new PairedClaimFamily.Placement(table.cell("claim",
                                "should hold"), "cifar", "A vs B", JpegCompression.at(20).condition())));

        List<ResultRecord> rows = ResultsFile.shared().written().subList(before, before + 4);
        assertThat(rows).extracting(ResultRecord::cell)
                .containsExactly("claim/clear win", "claim/clear win", "claim/should hold", "claim/should hold");
        assertThat(rows).extracting(ResultRecord::metric).containsExactly(MetricId.INTERVAL_MEAN_ACCURACY_GAIN.wire(),
                MetricId.SIGN_TEST_P.wire(), MetricId.INTERVAL_MEAN_ACCURACY_GAIN.wire(), MetricId.SIGN_TEST_P.wire());
        assertThat(rows.get(0).reason()).isEqualTo(outcomes.get(0).describe());
        assertThat(rows.get(1).measured()).isEqualTo(outcomes.get(0).holmP());
        assertThat(rows.get(3).reason()).isEqualTo(Finding.CONTRADICTED.words() + " (Holm-adjusted over the suite's 2"
                + " claims)");
        assertThatThrownBy(() -> PairedClaimFamily.assertExpectations(outcomes))
                .hasMessageContaining("should hold");
    }

    @Test
    void recordingRefusesPlacementsOfAnotherFamily() {
        assertThatThrownBy(() -> PairedClaimFamily.record(List.of(claim("x", 3, 1, Expectation.RECORDED)),
                MetricId.INTERVAL_MEAN_ACCURACY_GAIN, List.of())).hasMessageContaining("1 claims but 0 placements");
    }

    @Test
    void unpairedScoresFail() {
        assertThatThrownBy(() -> new PairedClaim("x", "A", new double[2], "B", new double[3], Expectation.RECORDED))
                .hasMessageContaining("paired");
    }
}
