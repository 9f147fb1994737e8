package io.crbench.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap confidence interval of a mean (Efron 1979): resample the values with
 * replacement, take each resample's mean, and report the (1−level)/2 and (1+level)/2 quantiles of
 * those means. Quantiles interpolate linearly between order statistics (NumPy's default,
 * Hyndman–Fan type 7). The same seed always gives the same interval.
 */
public final class BootstrapInterval {
    private BootstrapInterval() {
    }

    /**
     * Percentile-bootstrap interval of the mean of {@code values}.
     *
     * @param values observations, at least one, all finite (an infinite PSNR of an identical image
     *     has no mean; the caller must decide how to treat it)
     * @param level confidence level in (0, 1), e.g. 0.95
     * @param resamples number of bootstrap resamples, at least 1 (thousands for stable bounds)
     * @param seed seed of the resampling generator
     * @return interval with estimate {@code mean(values)}
     */
    public static Interval mean(double[] values, double level, int resamples, long seed) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to bootstrap");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is " + values[i]
                        + "; bootstrap needs finite values (decide how to treat infinite PSNR first)");
            }
        }
        Interval.requireLevel(level);
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = values.length;
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(mean(values), quantile(means, (1 - level) / 2), quantile(means, (1 + level) / 2), level);
    }

    /**
     * Percentile-bootstrap interval of any statistic of {@code n} items that is computed from a
     * resample's item indices (e.g. a Bjøntegaard delta from per-image rates and accuracies, where
     * both codecs must see the same resampled images).
     *
     * @param n number of items, at least one
     * @param statistic the statistic of the items at the given indices (with repetitions); NaN
     *     where it is undefined for that resample
     * @return interval whose estimate is the statistic of all items
     * @throws IllegalArgumentException when the statistic is undefined for the items or for any
     *     resample, naming how many: an interval over the defined resamples only would be biased
     */
    public static Interval ofStatistic(int n, ToDoubleFunction<int[]> statistic, double level, int resamples, long seed) {
        if (n < 1 || resamples < 1) {
            throw new IllegalArgumentException("need at least one item and one resample, got " + n + " and " + resamples);
        }
        Interval.requireLevel(level);
        double estimate = statistic.applyAsDouble(IntStream.range(0, n).toArray());
        if (Double.isNaN(estimate)) {
            throw new IllegalArgumentException("the statistic is undefined for the items themselves");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int undefined = 0;
        for (int r = 0; r < resamples; r++) {
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = random.nextInt(n);
            }
            values[r] = statistic.applyAsDouble(indices);
            undefined += Double.isNaN(values[r]) ? 1 : 0;
        }
        if (undefined > 0) {
            throw new IllegalArgumentException("the statistic is undefined in " + undefined + " of " + resamples
                    + " bootstrap resamples, so it has no bootstrap interval at this sample size");
        }
        Arrays.sort(values);
        return new Interval(estimate, quantile(values, (1 - level) / 2), quantile(values, (1 + level) / 2), level);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Linearly interpolated quantile {@code q} of an ascending array. */
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
