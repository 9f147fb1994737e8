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
        int images = correct[lowLevel - firstLevel].length;
        int[] hits = new int[images];
        for (int q = lowLevel; q <= highLevel; q++) {
            boolean[] row = correct[q - firstLevel];
            for (int i = 0; i < images; i++) {
                if (row[i]) {
                    hits[i]++;
                }
            }
        }
        double[] perImage = new double[images];
        for (int i = 0; i < images; i++) {
            perImage[i] = (double) hits[i] / (highLevel - lowLevel + 1);
        }
        return BootstrapInterval.mean(perImage, level, resamples, seed);
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
