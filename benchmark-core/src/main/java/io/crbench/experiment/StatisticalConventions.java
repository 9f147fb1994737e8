package io.crbench.experiment;

import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.stats.BootstrapInterval;

/**
 * The statistical settings every suite shares, stated once so the report can quote them:
 * 95 % two-sided intervals; 2,000 bootstrap resamples with a fixed seed, so a rerun gives the same
 * interval; Holm's correction at α = 0.05 across the cases of one suite.
 */
public final class StatisticalConventions {
    /** Confidence level of every interval. */
    public static final double LEVEL = 0.95;
    /** Bootstrap resamples for intervals of means. */
    public static final int BOOTSTRAP_RESAMPLES = 2000;
    /** Seed of every bootstrap, fixed for reproducible intervals. */
    public static final long BOOTSTRAP_SEED = 20261124L;
    /** Family-wise error rate for Holm-corrected claims. */
    public static final double ALPHA = 0.05;

    private StatisticalConventions() {
    }

    /**
     * The mean of per-image {@code values} as a measurement of {@code metric}, with these
     * conventions' percentile-bootstrap interval ({@link BootstrapInterval#mean}).
     */
    public static Measurement bootstrapMean(MetricId metric, double[] values) {
        return new Measurement(metric, BootstrapInterval.mean(values, LEVEL, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED),
                values.length);
    }
}
