package io.crbench.experiment;

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
}
