package io.crbench.reproduction;

import io.crbench.experiment.StatisticalConventions;
import io.crbench.result.MetricId;
import io.crbench.stats.Interval;

/**
 * A measured value with its confidence interval and the sample size behind it.
 *
 * @param metric what was measured
 * @param interval the estimate and its confidence interval
 * @param n number of images (or samples) it rests on
 */
public record Measurement(MetricId metric, Interval interval, int n) {
    public Measurement {
        if (n <= 0) {
            throw new IllegalArgumentException("a measurement needs a positive sample size, got " + n);
        }
    }

    /**
     * A value without sampling error (a count, a p-value, one image's score): its interval is the
     * point itself.
     */
    public static Measurement exact(MetricId metric, double value, int n) {
        return new Measurement(metric, new Interval(value, value, value, StatisticalConventions.LEVEL), n);
    }

    /** The point estimate. */
    public double value() {
        return interval.estimate();
    }
}
