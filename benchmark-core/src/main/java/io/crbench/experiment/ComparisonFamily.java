package io.crbench.experiment;

import io.crbench.result.MetricId;
import io.crbench.stats.HolmCorrection;
import io.crbench.stats.SignTestPower;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

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
     * @param familySize how many comparisons the family holds
     */
    public record Tested(PairedComparison comparison, double adjustedP, int familySize) {
        /** The power a not-resolved top-1 verdict states the test's reach at. */
        public static final double STATED_POWER = 0.8;

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

        /**
         * For a top-1 comparison (per-image hits, {@link MetricId#TOP1_GAIN}): the smallest top-1
         * difference, either way, that this test decides with {@code power} at this comparison's
         * discordance (the images exactly one side got right), at Bonferroni's α/m, the strictest
         * threshold Holm's steps use; empty when too few images are discordant for any difference
         * to be decided, or when this is not a top-1 comparison. The bootstrap interval's agreement,
         * which a decision also needs, is not modelled, so this is the sign test's reach.
         */
        public OptionalDouble decidableTop1Difference(double power) {
            if (!comparison.isTop1()) {
                return OptionalDouble.empty();
            }
            OptionalDouble share = SignTestPower.smallestDecidableShare(discordant(), bonferroniAlpha(), power);
            return share.isPresent()
                    ? OptionalDouble.of((2 * share.getAsDouble() - 1) * discordant() / comparison.difference().n())
                    : OptionalDouble.empty();
        }

        /** The images exactly one side got right. */
        private int discordant() {
            return comparison.improved() + comparison.worsened();
        }

        private double bonferroniAlpha() {
            return StatisticalConventions.ALPHA / familySize;
        }

        /**
         * {@link #findingOn} in words for a result row: when not resolved, the sample size and, for a
         * top-1 comparison, the smallest difference the test could have decided with
         * {@link #STATED_POWER} (see {@link #decidableTop1Difference}).
         */
        public String verdict(double claimedSign) {
            Finding finding = findingOn(claimedSign);
            int n = comparison.difference().n();
            if (finding != Finding.NOT_RESOLVED) {
                return finding.words();
            }
            if (!comparison.isTop1()) {
                return finding.words(n);
            }
            OptionalDouble reach = decidableTop1Difference(STATED_POWER);
            String alpha = String.format(Locale.ROOT, "α = %.3g", bonferroniAlpha());
            return finding.words(n) + (reach.isPresent()
                    ? String.format(Locale.ROOT, " (with %d discordant images the test decides, with %.0f %% power at"
                            + " %s, only a top-1 difference of %.1f points or more either way)", discordant(),
                            100 * STATED_POWER, alpha, 100 * reach.getAsDouble())
                    : String.format(Locale.ROOT, " (%d discordant images: too few for any top-1 difference to be"
                            + " decided at %s)", discordant(), alpha));
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
            out.add(new Tested(comparisons.get(i), adjusted[i], comparisons.size()));
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
        return new Tested(comparison, Math.min(1, comparison.signTestP() * familySize), familySize);
    }
}
