package io.crbench.experiment;

import io.crbench.stats.HolmCorrection;
import java.util.ArrayList;
import java.util.List;

/**
 * Paired comparisons tested as one family, the one place crbench decides "significant, and in
 * which direction": each comparison's exact two-sided sign test, Holm's correction across the
 * family at {@link StatisticalConventions#ALPHA} (significant when the adjusted p is below α), and
 * the direction from which side wins more items. Deciding the direction from a two-sided test
 * keeps the chance of calling the wrong direction below α/2 per comparison, so a "worse" finding
 * is as trustworthy as a "better" one.
 *
 * <p>One rule decides a direction: the sign test and the mean difference must agree. A comparison
 * is decided better only when it is significant, more items improved than worsened, and the mean
 * difference's bootstrap interval lies above zero (below, for worse). Many small gains beside a few
 * large losses are significant for the sign test while the mean may not move; a claim about
 * accuracy or PSNR is a claim about the mean, so such a comparison stays undecided.
 */
public final class ComparisonFamily {
    private ComparisonFamily() {
    }

    /**
     * One comparison as tested within its family.
     *
     * @param comparison method against baseline on the same items
     * @param adjustedP its sign-test p-value, adjusted for the family (Holm; Bonferroni when tested alone)
     */
    public record Tested(PairedComparison comparison, double adjustedP) {
        /** Whether the family-wise test rejects "no difference". */
        public boolean significant() {
            return adjustedP < StatisticalConventions.ALPHA;
        }

        /** Decided better: significant, more items improved than worsened, and the mean gain's interval above zero. */
        public boolean significantlyBetter() {
            return significant() && comparison.improved() > comparison.worsened()
                    && comparison.difference().interval().low() > 0;
        }

        /** Decided worse: significant, more items worsened than improved, and the mean's interval below zero. */
        public boolean significantlyWorse() {
            return significant() && comparison.worsened() > comparison.improved()
                    && comparison.difference().interval().high() < 0;
        }

        /**
         * The finding on a claim that the method differs from the baseline with the sign of
         * {@code claimedSign} (e.g. a printed difference): confirmed when decided that way,
         * contradicted when decided the other way, not resolved otherwise.
         */
        public Finding findingOn(double claimedSign) {
            if (!(claimedSign > 0 || claimedSign < 0)) {
                throw new IllegalArgumentException("a claimed direction needs a positive or negative sign, got "
                        + claimedSign);
            }
            boolean better = significantlyBetter();
            if (!better && !significantlyWorse()) {
                return Finding.NOT_RESOLVED;
            }
            return better == claimedSign > 0 ? Finding.CONFIRMED : Finding.CONTRADICTED;
        }
    }

    /** Tests {@code comparisons} together; the result is in the same order. */
    public static List<Tested> test(List<PairedComparison> comparisons) {
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("a comparison family needs at least one comparison");
        }
        double[] adjusted = HolmCorrection.adjust(comparisons.stream().mapToDouble(PairedComparison::signTestP).toArray());
        List<Tested> out = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            out.add(new Tested(comparisons.get(i), adjusted[i]));
        }
        return out;
    }

    /**
     * One member of a family of {@code familySize} comparisons whose other members are tested
     * elsewhere (each case of a parameterised test computes alone): Bonferroni's correction, the
     * family-wise bound that needs none of the siblings' p-values (never below Holm's).
     */
    public static Tested testAlone(PairedComparison comparison, int familySize) {
        if (familySize < 1) {
            throw new IllegalArgumentException("a comparison family has at least one member, got " + familySize);
        }
        return new Tested(comparison, Math.min(1, comparison.signTestP() * familySize));
    }
}
