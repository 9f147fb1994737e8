package io.crbench.experiment;

import io.crbench.stats.HolmCorrection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tests a suite's {@link PairedClaim}s as one family: an exact two-sided sign test per claim
 * (items where the claimed-better side scores higher vs lower; ties count for neither), Holm's
 * correction across the family at {@link StatisticalConventions#ALPHA}, and a directional finding
 * from each significant test. Deciding the direction from a two-sided test keeps the chance of
 * calling the wrong direction below α/2 per claim, so "contradicted" is as trustworthy as
 * "confirmed".
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
     * @param metric the metric id of the mean differences, e.g. {@code interval_mean_accuracy_gain}
     */
    public static List<ClaimOutcome> test(List<PairedClaim> claims, String metric) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a claim family needs at least one claim");
        }
        List<PairedComparison> comparisons = new ArrayList<>();
        double[] p = new double[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            PairedClaim c = claims.get(i);
            comparisons.add(PairedComparison.of(metric, c.betterScores(), c.worseScores()));
            p[i] = comparisons.get(i).signTestP();
        }
        double[] adjusted = HolmCorrection.adjust(p);
        List<ClaimOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            PairedComparison c = comparisons.get(i);
            ClaimOutcome.Finding finding = adjusted[i] >= StatisticalConventions.ALPHA
                    ? ClaimOutcome.Finding.NOT_RESOLVED
                    : c.improved() > c.worsened() ? ClaimOutcome.Finding.CONFIRMED : ClaimOutcome.Finding.CONTRADICTED;
            outcomes.add(new ClaimOutcome(claims.get(i), c, adjusted[i], finding));
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
