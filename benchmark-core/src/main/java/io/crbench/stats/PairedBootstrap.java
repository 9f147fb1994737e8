package io.crbench.stats;

/**
 * Percentile bootstrap for paired measurements, e.g. two methods scored on the same images.
 * Resampling whole pairs keeps the per-image correlation between the methods, which makes the
 * interval of the difference much narrower than treating the two samples as independent.
 */
public final class PairedBootstrap {
    private PairedBootstrap() {
    }

    /**
     * Percentile-bootstrap interval of {@code mean(a − b)}, resampling pairs {@code (a[i], b[i])}.
     *
     * @param a first method's values, finite
     * @param b second method's values on the same items, same length as {@code a}, finite
     * @param level confidence level in (0, 1), e.g. 0.95
     * @param resamples number of bootstrap resamples, at least 1
     * @param seed seed of the resampling generator
     * @return interval with estimate {@code mean(a) − mean(b)}
     */
    public static Interval meanDifference(double[] a, double[] b, double level, int resamples, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
        }
        double[] differences = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
                throw new IllegalArgumentException("pair " + i + " is (" + a[i] + ", " + b[i]
                        + "); bootstrap needs finite values");
            }
            differences[i] = a[i] - b[i];
        }
        // Resampling pairs and then differencing equals resampling the differences.
        return BootstrapInterval.mean(differences, level, resamples, seed);
    }
}
