package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.result.CellKey;
import java.util.List;
import java.util.Locale;

/**
 * A claim tested over a family of paired comparisons (the QFs of one table, the cells of one
 * ablation) and written as one result row per comparison. The family is tested together by
 * {@link ComparisonFamily} (exact sign test, Holm, direction); every row's reason says, in the same
 * words in every suite, the per-image counts, the Holm-adjusted p, what the family spans, the claim
 * and its finding for the claimed sign. The findings are recorded, not asserted; for several named
 * claims with expectations that fail the suite, see {@link PairedClaimFamily}.
 *
 * @param claim the claim as a row states it, e.g. {@code claim (restoring first raises accuracy) at this QF}
 * @param claimedSign the sign of the difference the claim expects: positive when the method should be higher
 * @param over what the family spans, e.g. {@code QF 1..10}
 */
public record ClaimFamily(String claim, double claimedSign, String over) {

    /**
     * One comparison of the family and where its row goes.
     *
     * @param comparison the method minus the baseline on the same images
     * @param cell the row's cell
     * @param dataset the images compared
     * @param method what the row measures, e.g. the restorer before the classifier
     * @param condition the degradation the images went through
     */
    public record Member(PairedComparison comparison, CellKey cell, String dataset, String method,
            Condition condition) {
    }

    /**
     * Tests {@code members} together and writes each one's difference as a row; its reason is
     * {@code context}, the counts (a flip table for top-1, signs otherwise), the adjusted p over
     * {@link #over}, the claim's finding, then {@code source} (what the paper reports) when not null.
     *
     * @return the members as tested, in their order
     */
    public List<ComparisonFamily.Tested> record(List<Member> members, String context, String source) {
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(members.stream().map(Member::comparison).toList());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            ComparisonFamily.Tested t = tested.get(i);
            PairedComparison c = t.comparison();
            CellRecorder.unpublished(c.difference(), m.cell(), m.dataset(), m.method(), m.condition(),
                    String.format(Locale.ROOT, "%s; %s; Holm-adjusted p = %.3g over %s; %s: %s", context, c.counts(),
                            t.adjustedP(), over, claim, t.verdict(claimedSign)) + (source == null ? "" : "; " + source));
        }
        return tested;
    }
}
