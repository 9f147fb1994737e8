package io.crbench.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Distribution-free confidence interval of a population p-quantile from order statistics
 * (Conover, <i>Practical Nonparametric Statistics</i>, 3rd ed., ch. 3). With the sample sorted as
 * x(1) ≤ … ≤ x(n) and B ~ Binomial(n, p), the interval [x(l), x(u)] covers the true quantile with
 * probability at least P(l ≤ B ≤ u − 1) for any continuous distribution. The ranks are chosen
 * equal-tailed: l is the largest rank with P(B ≤ l − 1) ≤ α/2 and u the smallest with
 * P(B ≥ u) ≤ α/2, α = 1 − level, so each side errs with probability at most α/2 and the coverage
 * is at least the level (conservative, like {@link ClopperPearsonInterval}).
 *
 * <p>The estimate is the sample quantile interpolated linearly between order statistics at
 * position 1 + (n − 1)p (NumPy's default, Hyndman–Fan type 7; as in {@link BootstrapInterval}).
 */
public final class QuantileInterval {
    private QuantileInterval() {
    }

    /**
     * Order-statistic interval of the {@code p}-quantile of {@code samples}.
     *
     * @param samples observations, all finite, at least {@link #minimumSampleSize(double, double)}
     * @param p quantile in (0, 1), e.g. 0.5 for the median
     * @param level confidence level in (0, 1), e.g. 0.95
     * @return interval with estimate the type-7 sample quantile and bounds two order statistics
     * @throws IllegalArgumentException if there are too few samples for the level; the message
     *     gives the minimum
     */
    public static Interval of(double[] samples, double p, double level) {
        requireProbability(p);
        Interval.requireLevel(level);
        for (int i = 0; i < samples.length; i++) {
            if (!Double.isFinite(samples[i])) {
                throw new IllegalArgumentException("sample " + i + " is " + samples[i] + "; quantiles need finite values");
            }
        }
        int n = samples.length;
        int minimum = minimumSampleSize(p, level);
        if (n < minimum) {
            throw new IllegalArgumentException("a " + level + " order-statistic interval of the " + p
                    + "-quantile needs at least " + minimum + " samples, got " + n);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        // No random generator: the distribution is only used for its CDF.
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        // inverseCumulativeProbability(q) is the smallest k with P(B ≤ k) ≥ q.
        int k = b.inverseCumulativeProbability(tail);
        int lowerRank = (b.cumulativeProbability(k) <= tail ? k : k - 1) + 1;
        int upperRank = b.inverseCumulativeProbability(1 - tail) + 1;
        // The sample-size check guarantees 1 ≤ l < u ≤ n up to rounding in the CDF; clamp that away.
        lowerRank = Math.max(1, lowerRank);
        upperRank = Math.min(n, upperRank);
        return new Interval(typeSevenQuantile(sorted, p), sorted[lowerRank - 1], sorted[upperRank - 1], level);
    }

    /**
     * Fewest samples for which {@link #of} has an interval: the smallest n with both
     * (1 − p)^n ≤ α/2 (so x(1) can be the lower bound) and p^n ≤ α/2 (so x(n) can be the upper),
     * α = 1 − level. At level 0.95 that is 6 for the median and 72 for the 0.95-quantile.
     */
    public static int minimumSampleSize(double p, double level) {
        requireProbability(p);
        Interval.requireLevel(level);
        double tail = (1 - level) / 2;
        // Closed form from the logarithm (log1p keeps p near 0 or 1 accurate), then nudged so that
        // rounding cannot leave it one off the direct power check.
        double estimate = Math.ceil(Math.log(tail) / Math.log1p(-Math.min(p, 1 - p)));
        if (estimate > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the " + p + "-quantile is too extreme for a " + level
                    + " order-statistic interval (needs about " + estimate + " samples)");
        }
        double larger = Math.max(p, 1 - p);
        int n = Math.max(1, (int) estimate);
        while (n > 1 && Math.pow(larger, n - 1) <= tail) {
            n--;
        }
        while (Math.pow(larger, n) > tail) {
            n++;
        }
        return n;
    }

    private static double typeSevenQuantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static void requireProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile p must be in (0,1), got " + p);
        }
    }
}
