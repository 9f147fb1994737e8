package io.crbench.stats;

import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The power of the exact two-sided sign test (McNemar's exact test on paired hits,
 * {@link McNemarExact}) to decide a difference in one direction: of {@code discordant} items each
 * favours the method with probability {@code p}, and the test rejects at α when
 * {@code 2·P[X ≤ min(favour, against)]} under Binomial(discordant, 1/2) falls below α. What a
 * "not resolved" finding means at a given sample: the smallest difference the test would have
 * decided with a stated power.
 */
public final class SignTestPower {
    private static final int BISECTION_STEPS = 60;

    private SignTestPower() {
    }

    /**
     * The fewest items of {@code discordant} that must favour the method for the test to reject at
     * {@code alpha}; {@code discordant + 1} when no count does (too few discordant items).
     */
    public static int criticalCount(int discordant, double alpha) {
        requireValid(discordant, alpha);
        if (discordant == 0) {
            return 1;
        }
        BinomialDistribution nullDistribution = new BinomialDistribution(discordant, 0.5);
        for (int k = (discordant + 1) / 2; k <= discordant; k++) {
            if (2 * nullDistribution.cumulativeProbability(discordant - k) < alpha) {
                return k;
            }
        }
        return discordant + 1;
    }

    /** The chance that the test rejects with the method ahead when each discordant item favours it with probability {@code p}. */
    public static double power(int discordant, double p, double alpha) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must be in [0, 1], got " + p);
        }
        int k = criticalCount(discordant, alpha);
        if (k > discordant) {
            return 0;
        }
        return 1 - new BinomialDistribution(discordant, p).cumulativeProbability(k - 1);
    }

    /**
     * The smallest share of discordant items favouring the method at which the test decides for it
     * with at least {@code targetPower}; empty when no share does (too few discordant items).
     */
    public static OptionalDouble smallestDecidableShare(int discordant, double alpha, double targetPower) {
        if (!(targetPower > 0 && targetPower < 1)) {
            throw new IllegalArgumentException("target power must be in (0, 1), got " + targetPower);
        }
        if (criticalCount(discordant, alpha) > discordant) {
            return OptionalDouble.empty();
        }
        double low = 0.5;
        double high = 1;
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (low + high) / 2;
            if (power(discordant, mid, alpha) >= targetPower) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return OptionalDouble.of(high);
    }

    private static void requireValid(int discordant, double alpha) {
        if (discordant < 0) {
            throw new IllegalArgumentException("discordant items cannot be negative, got " + discordant);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }
}
