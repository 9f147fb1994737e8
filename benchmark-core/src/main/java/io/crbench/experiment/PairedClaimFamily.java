package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tests a suite's {@link PairedClaim}s as one {@link ComparisonFamily} (items where the
 * claimed-better side scores higher vs lower; ties count for neither): a win of the claimed-better
 * side, decided as {@link ComparisonFamily.Tested#findingOn} decides it, confirms a claim, a win of
 * the other side contradicts it. {@link #record} writes every claim's rows before the suite
 * asserts; for a family recorded without expectations, see {@link ClaimFamily}.
 */
public final class PairedClaimFamily {
    /** Assertion messages start with this. */
    public static final String CONTRADICTED_PREFIX = MonotoneAccuracyClaim.CONTRADICTED_PREFIX;

    private PairedClaimFamily() {
    }

    /**
     * Where one claim's rows go.
     *
     * @param cell the rows' cell
     * @param dataset the items compared
     * @param method what the rows compare, e.g. {@code Proposed vs Seq(org) (ci)}
     * @param condition the degradation the items went through
     */
    public record Placement(CellKey cell, String dataset, String method, Condition condition) {
    }

    /**
     * {@link #test}s {@code claims} and writes two rows per claim at its placement: the mean
     * difference better − worse (reason: {@link ClaimOutcome#describe}) and the Holm-adjusted
     * sign-test p (reason: the finding and the family's size). Assert with {@link #assertExpectations}
     * afterwards, so the rows are written whatever the finding.
     *
     * @param placements where each claim's rows go, in the claims' order
     * @return the outcome of every claim, in order
     */
    public static List<ClaimOutcome> record(List<PairedClaim> claims, MetricId metric, List<Placement> placements) {
        if (placements.size() != claims.size()) {
            throw new IllegalArgumentException(claims.size() + " claims but " + placements.size() + " placements");
        }
        List<ClaimOutcome> outcomes = test(claims, metric);
        for (int i = 0; i < outcomes.size(); i++) {
            ClaimOutcome o = outcomes.get(i);
            Placement at = placements.get(i);
            CellRecorder.unpublished(o.comparison().difference(), at.cell(), at.dataset(), at.method(), at.condition(),
                    o.describe());
            CellRecorder.unpublished(Measurement.exact(MetricId.SIGN_TEST_P, o.holmP(),
                    o.comparison().difference().n()), at.cell(), at.dataset(), at.method(), at.condition(),
                    o.finding().words() + " (Holm-adjusted over the suite's " + outcomes.size() + " claims)");
        }
        return outcomes;
    }

    /**
     * The outcome of every claim, in order.
     *
     * @param claims the family, at least one claim
     * @param metric the metric of the mean differences, e.g. {@link MetricId#INTERVAL_MEAN_ACCURACY_GAIN}
     */
    public static List<ClaimOutcome> test(List<PairedClaim> claims, MetricId metric) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a claim family needs at least one claim");
        }
        List<PairedComparison> comparisons = claims.stream()
                .map(c -> PairedComparison.of(metric, c.betterScores(), c.worseScores())).toList();
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(comparisons);
        List<ClaimOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ComparisonFamily.Tested t = tested.get(i);
            outcomes.add(new ClaimOutcome(claims.get(i), t.comparison(), t.adjustedP(), t.findingOn(1)));
        }
        return outcomes;
    }

    /** Fails, listing them, if any outcome breaks what was asserted about its claim. */
    public static void assertExpectations(List<ClaimOutcome> outcomes) {
        List<ClaimOutcome> broken = outcomes.stream().filter(ClaimOutcome::violatesExpectation).toList();
        if (!broken.isEmpty()) {
            throw new AssertionError(CONTRADICTED_PREFIX + broken.stream().map(ClaimOutcome::describe)
                    .collect(Collectors.joining("; ")));
        }
    }
}
