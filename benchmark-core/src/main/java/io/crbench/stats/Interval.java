package io.crbench.stats;

/**
 * A two-sided confidence interval [low, high] around an estimate, at a stated confidence level.
 *
 * @param estimate the point estimate the interval belongs to
 * @param low lower bound
 * @param high upper bound
 * @param level confidence level in (0, 1), e.g. 0.95
 */
public record Interval(double estimate, double low, double high, double level) {
    /** Rejects a level outside (0, 1), NaN anywhere, and {@code low > high}. */
    public Interval {
        requireLevel(level);
        if (Double.isNaN(estimate) || Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("interval with NaN: " + estimate + " [" + low + ", " + high + "]");
        }
        if (low > high) {
            throw new IllegalArgumentException("interval low " + low + " > high " + high);
        }
    }

    /** Throws unless {@code level} lies in (0, 1); interval methods call it before doing any work. */
    static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0,1), got " + level);
        }
    }

    /** Largest distance from the estimate to either bound. */
    public double halfWidth() {
        return Math.max(estimate - low, high - estimate);
    }

    /** Whether {@code value} lies in [low, high]. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
