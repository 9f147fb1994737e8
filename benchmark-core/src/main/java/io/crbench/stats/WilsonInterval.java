package io.crbench.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927): the interval of proportions whose
 * normal-approximation test would not reject the observed count. Unlike the Wald interval it stays
 * inside [0, 1] and behaves at 0 and n successes, which matters for accuracies near 0 or 100 %.
 */
public final class WilsonInterval {
    private WilsonInterval() {
    }

    /**
     * Wilson interval for {@code successes} out of {@code n}.
     *
     * @param successes observed successes, 0 ≤ successes ≤ n
     * @param n trials, at least 1
     * @param level confidence level in (0, 1), e.g. 0.95
     * @return interval with estimate {@code successes / n}
     */
    public static Interval of(int successes, int n, double level) {
        Proportions.requireCount(successes, n);
        Interval.requireLevel(level);
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
        double p = (double) successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double halfWidth = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        // Clamp only against rounding: the exact bounds are always within [0, 1].
        return new Interval(p, Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth), level);
    }
}
