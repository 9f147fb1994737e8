package io.crbench.experiment;

import io.crbench.result.MetricId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tests a suite's {@link PairedClaim}s as one {@link ComparisonFamily} (items where the
 * claimed-better side scores higher vs lower; ties count for neither): a win of the claimed-better
 * side, decided as {@link ComparisonFamily.Tested#findingOn} decides it, confirms a claim, a win of
 * the other side contradicts it.
 */
public final class PairedClaimFamily {
    /** Assertion messages start with this. */
    public static final String CONTRADICTED_PREFIX = MonotoneAccuracyClaim.CONTRADICTED_PREFIX;

    private PairedClaimFamily() {
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
