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
 */
public final class ComparisonFamily {
    private ComparisonFamily() {
    }

    /**
     * One comparison as tested within its family.
     *
     * @param comparison method against baseline on the same items
     * @param holmP its sign-test p-value, Holm-adjusted across the family
     */
    public record Tested(PairedComparison comparison, double holmP) {
        /** Whether the family-wise test rejects "no difference". */
        public boolean significant() {
            return holmP < StatisticalConventions.ALPHA;
        }

        /** Significantly more items improved than worsened. */
        public boolean significantlyBetter() {
            return significant() && comparison.improved() > comparison.worsened();
        }

        /** Significantly more items worsened than improved. */
        public boolean significantlyWorse() {
            return significant() && comparison.worsened() > comparison.improved();
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
}
