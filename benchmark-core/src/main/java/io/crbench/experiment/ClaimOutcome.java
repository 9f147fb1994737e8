package io.crbench.experiment;

import java.util.Locale;

/**
 * What the data say about one {@link PairedClaim}: the paired comparison (mean difference
 * better − worse with its bootstrap interval, counts of items each side wins, exact two-sided sign
 * test), its Holm-adjusted p-value within the family, and the finding.
 *
 * @param claim the claim tested
 * @param comparison better against worse on the same items
 * @param holmP the sign test's p-value, Holm-adjusted across the family
 * @param finding confirmed, contradicted, or not resolved at this sample size
 */
public record ClaimOutcome(PairedClaim claim, PairedComparison comparison, double holmP, Finding finding) {
    /** Whether the finding breaks what the suite asserted about the claim. */
    public boolean violatesExpectation() {
        return switch (claim.expectation()) {
            case CONFIRMED -> finding != Finding.CONFIRMED;
            case NOT_CONTRADICTED -> finding == Finding.CONTRADICTED;
            case RECORDED -> false;
        };
    }

    /** The numbers behind the finding, in words, for a result row's reason and for failures. */
    public String describe() {
        var diff = comparison.difference().interval();
        String asserted = switch (claim.expectation()) {
            case CONFIRMED -> "asserted: confirmed";
            case NOT_CONTRADICTED -> "asserted: not contradicted";
            case RECORDED -> "recorded, not asserted";
        };
        return String.format(Locale.ROOT,
                "claim %s: mean(%s − %s) = %.4f [%.4f, %.4f]; items %s wins %d, %s wins %d; exact two-sided sign"
                        + " test, Holm-adjusted p = %.3g (α = %.2f): %s (%s)",
                claim.name(), claim.better(), claim.worse(), diff.estimate(), diff.low(), diff.high(), claim.better(),
                comparison.improved(), claim.worse(), comparison.worsened(), holmP, StatisticalConventions.ALPHA,
                finding.words(), asserted);
    }
}
