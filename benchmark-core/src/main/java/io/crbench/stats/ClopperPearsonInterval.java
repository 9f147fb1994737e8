package io.crbench.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Clopper–Pearson "exact" interval for a binomial proportion (Clopper and Pearson 1934), from
 * Beta quantiles: {@code [B(α/2; s, n−s+1), B(1−α/2; s+1, n−s)]} with α = 1 − level. The lower
 * bound is 0 when s = 0 and the upper bound 1 when s = n; the other bound still uses α/2, as in
 * R's {@code binom.test}. Coverage is at least the nominal level, so it is conservative.
 */
public final class ClopperPearsonInterval {
    /** Quantile accuracy far below any reported digit. */
    private static final double QUANTILE_ACCURACY = 1e-12;

    private ClopperPearsonInterval() {
    }

    /**
     * Clopper–Pearson interval for {@code successes} out of {@code n}.
     *
     * @param successes observed successes, 0 ≤ successes ≤ n
     * @param n trials, at least 1
     * @param level confidence level in (0, 1), e.g. 0.95
     * @return interval with estimate {@code successes / n}
     */
    public static Interval of(int successes, int n, double level) {
        Proportions.requireCount(successes, n);
        Interval.requireLevel(level);
        double alpha = 1 - level;
        double low = successes == 0
                ? 0
                : new BetaDistribution(successes, n - successes + 1, QUANTILE_ACCURACY)
                        .inverseCumulativeProbability(alpha / 2);
        double high = successes == n
                ? 1
                : new BetaDistribution(successes + 1, n - successes, QUANTILE_ACCURACY)
                        .inverseCumulativeProbability(1 - alpha / 2);
        return new Interval((double) successes / n, low, high, level);
    }
}
