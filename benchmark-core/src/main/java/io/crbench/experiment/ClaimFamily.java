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
 * and its finding for the member's claimed sign. The findings are recorded, not asserted; for
 * several named claims with expectations that fail the suite, see {@link PairedClaimFamily}.
 *
 * @param claim the claim as a row states it, e.g. {@code claim (restoring first raises accuracy) at this QF};
 *     null for a family compared without a claim (its rows state the counts and adjusted p only)
 * @param over what the family spans, e.g. {@code QF 1..10}
 */
public record ClaimFamily(String claim, String over) {

    /**
     * One comparison of the family and where its row goes.
     *
     * @param comparison the method minus the baseline on the same images
     * @param cell the row's cell
     * @param dataset the images compared
     * @param method what the row measures, e.g. the restorer before the classifier
     * @param condition the degradation the images went through
     * @param claimedSign the sign of the difference the claim expects in this cell: positive when
     *     the method should be higher (a paper's printed difference when its sign varies by cell)
     * @param note what the row adds after the finding, e.g. the number the paper prints for this
     *     cell; null for nothing
     */
    public record Member(PairedComparison comparison, CellKey cell, String dataset, String method,
            Condition condition, double claimedSign, String note) {

        /** A member whose claim is that the method is higher, with no note. */
        public Member(PairedComparison comparison, CellKey cell, String dataset, String method, Condition condition) {
            this(comparison, cell, dataset, method, condition, 1, null);
        }
    }

    /**
     * Tests {@code members} together and writes each one's difference as a row; see
     * {@link #write}.
     *
     * @return the members as tested, in their order
     */
    public List<ComparisonFamily.Tested> record(List<Member> members, String context, String source) {
        List<ComparisonFamily.Tested> tested = test(members);
        write(members, tested, context, source);
        return tested;
    }

    /**
     * The members tested together, for a suite whose rows also state a finding over the whole
     * family (then {@link #write} them).
     */
    public static List<ComparisonFamily.Tested> test(List<Member> members) {
        return ComparisonFamily.test(members.stream().map(Member::comparison).toList());
    }

    /**
     * Writes each member's difference as a row; its reason is {@code context}, the counts (a flip
     * table for top-1, signs otherwise), the adjusted p over {@link #over}, the claim's finding, the
     * member's note, then {@code source} (what the paper reports, or a finding over the family) when
     * not null.
     *
     * @param tested {@link #test}'s result for {@code members}
     */
    public void write(List<Member> members, List<ComparisonFamily.Tested> tested, String context, String source) {
        if (tested.size() != members.size()) {
            throw new IllegalArgumentException(members.size() + " members but " + tested.size() + " tested");
        }
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            ComparisonFamily.Tested t = tested.get(i);
            PairedComparison c = t.comparison();
            CellRecorder.unpublished(c.difference(), m.cell(), m.dataset(), m.method(), m.condition(),
                    String.format(Locale.ROOT, "%s; %s; Holm-adjusted p = %.3g over %s", context, c.counts(),
                            t.adjustedP(), over) + (claim == null ? "" : "; " + claim + ": " + t.verdict(m.claimedSign()))
                            + (m.note() == null ? "" : "; " + m.note()) + (source == null ? "" : "; " + source));
        }
    }
}
