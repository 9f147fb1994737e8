package io.crbench.metric;

import io.crbench.stats.BootstrapInterval;
import io.crbench.stats.Interval;

/**
 * Interval mean accuracy of paper 003 (§4.2): the accuracy averaged over a range of JPEG quality
 * levels, {@code Acc(θ; Ql, Qu) = Σ_{q=Ql..Qu} Acc(f(D(X, q)), Y) / (Qu − Ql + 1)}.
 *
 * <p>Correctness is given as a grid {@code correct[q − firstLevel][image]}: one row per measured
 * quality level, consecutive from {@code firstLevel}, each row over the same images in the same
 * order. Because every level holds the same images, the interval mean equals the mean over images
 * of each image's hit rate across the levels; the confidence interval resamples those per-image
 * rates, i.e. whole images with all their levels, since an image's results at nearby levels are
 * strongly correlated and resampling cells independently would understate the uncertainty.
 */
public final class IntervalMeanAccuracy {
    private IntervalMeanAccuracy() {
    }

    /**
     * The interval mean accuracy over quality levels {@code lowLevel..highLevel} inclusive.
     *
     * @param correct per-level, per-image correctness, indexed {@code [level − firstLevel][image]}
     * @param firstLevel the quality level of row 0
     * @param lowLevel Ql, first level averaged
     * @param highLevel Qu, last level averaged; {@code lowLevel < highLevel}, both measured
     * @return the mean of the per-level accuracies, in [0, 1]
     */
    public static double mean(boolean[][] correct, int firstLevel, int lowLevel, int highLevel) {
        requireGrid(correct, firstLevel, lowLevel, highLevel);
        double sum = 0;
        for (int q = lowLevel; q <= highLevel; q++) {
            sum += TopKAccuracy.accuracy(correct[q - firstLevel]);
        }
        return sum / (highLevel - lowLevel + 1);
    }

    /**
     * Percentile-bootstrap confidence interval of {@link #mean}, resampling images (each with all
     * its levels) through {@link BootstrapInterval#mean}.
     *
     * @param correct per-level, per-image correctness, indexed {@code [level − firstLevel][image]}
     * @param firstLevel the quality level of row 0
     * @param lowLevel Ql, first level averaged
     * @param highLevel Qu, last level averaged; {@code lowLevel < highLevel}, both measured
     * @param level confidence level in (0, 1), e.g. 0.95
     * @param resamples number of bootstrap resamples, at least 1
     * @param seed seed of the resampling generator
     * @return interval whose estimate is the interval mean accuracy
     */
    public static Interval confidenceInterval(boolean[][] correct, int firstLevel, int lowLevel, int highLevel,
            double level, int resamples, long seed) {
        requireGrid(correct, firstLevel, lowLevel, highLevel);
        int[] levels = new int[correct.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = firstLevel + i;
        }
        return BootstrapInterval.mean(perImageRates(correct, levels, lowLevel, highLevel), level, resamples, seed);
    }

    /**
     * Each image's hit rate over the measured levels in {@code lowLevel..highLevel}: the quantity
     * whose mean over images is the interval mean accuracy. On a grid that measures every level
     * this is the paper's definition; on a grid that samples the interval (every 5th QF, say) it
     * estimates it, the more closely the more evenly the samples cover the interval.
     *
     * @param correct per-level, per-image correctness, row i at level {@code levels[i]}
     * @param levels the measured levels, strictly ascending, one per row of {@code correct}
     * @param lowLevel Ql
     * @param highLevel Qu, greater than Ql, with at least one measured level in between
     * @return one rate in [0, 1] per image
     */
    public static double[] perImageRates(boolean[][] correct, int[] levels, int lowLevel, int highLevel) {
        if (lowLevel >= highLevel) {
            throw new IllegalArgumentException("need Ql < Qu, got Ql = " + lowLevel + ", Qu = " + highLevel);
        }
        if (correct.length != levels.length || levels.length == 0) {
            throw new IllegalArgumentException("need one correctness row per level, got " + correct.length
                    + " rows for " + levels.length + " levels");
        }
        int images = correct[0].length;
        int[] hits = new int[images];
        int measured = 0;
        for (int r = 0; r < levels.length; r++) {
            if (r > 0 && levels[r] <= levels[r - 1]) {
                throw new IllegalArgumentException("levels must be strictly ascending, got " + levels[r - 1] + " then "
                        + levels[r]);
            }
            if (levels[r] < lowLevel || levels[r] > highLevel) {
                continue;
            }
            boolean[] row = correct[r];
            if (row == null || row.length != images) {
                throw new IllegalArgumentException("level " + levels[r] + " has " + (row == null ? "no" : row.length)
                        + " images, level " + levels[0] + " has " + images + "; every level must hold the same images");
            }
            for (int i = 0; i < images; i++) {
                if (row[i]) {
                    hits[i]++;
                }
            }
            measured++;
        }
        if (measured == 0 || images == 0) {
            throw new IllegalArgumentException("no " + (images == 0 ? "images" : "measured levels") + " in "
                    + lowLevel + ".." + highLevel);
        }
        double[] rates = new double[images];
        for (int i = 0; i < images; i++) {
            rates[i] = (double) hits[i] / measured;
        }
        return rates;
    }

    private static void requireGrid(boolean[][] correct, int firstLevel, int lowLevel, int highLevel) {
        if (lowLevel >= highLevel) {
            throw new IllegalArgumentException("need Ql < Qu, got Ql = " + lowLevel + ", Qu = " + highLevel);
        }
        int lastLevel = firstLevel + correct.length - 1;
        if (correct.length == 0 || lowLevel < firstLevel || highLevel > lastLevel) {
            throw new IllegalArgumentException("levels " + lowLevel + ".." + highLevel + " not all measured: "
                    + (correct.length == 0 ? "no levels measured" : "measured " + firstLevel + ".." + lastLevel));
        }
        int images = -1;
        for (int q = lowLevel; q <= highLevel; q++) {
            boolean[] row = correct[q - firstLevel];
            if (row == null) {
                throw new IllegalArgumentException("level " + q + " not measured (null row)");
            }
            if (images >= 0 && row.length != images) {
                throw new IllegalArgumentException("level " + q + " has " + row.length + " images, level "
                        + lowLevel + " has " + images + "; every level must hold the same images");
            }
            images = row.length;
        }
        if (images == 0) {
            throw new IllegalArgumentException("no images measured at levels " + lowLevel + ".." + highLevel);
        }
    }
}
