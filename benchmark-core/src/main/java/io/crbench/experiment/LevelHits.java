package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.metric.IntervalMeanAccuracy;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.stats.WilsonInterval;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Per-image top-1 hits of one classification pipeline at every level of a degradation grid (JPEG
 * QFs, noise σs), the same images at every level: what seed 003's interval mean accuracy (§4.2)
 * is computed from, and what paired comparisons between pipelines resample (whole images, each
 * with all its levels, because an image's results at nearby levels are strongly correlated).
 */
public final class LevelHits {
    private final int[] levels;
    private final boolean[][] hits;

    /**
     * @param levels the grid, strictly ascending
     * @param hits {@code hits[i][image]}: whether the pipeline was right on the image at {@code levels[i]}
     */
    public LevelHits(int[] levels, boolean[][] hits) {
        if (levels.length == 0 || levels.length != hits.length) {
            throw new IllegalArgumentException("need one row of hits per level, got " + hits.length + " rows for "
                    + levels.length + " levels");
        }
        for (int i = 0; i < levels.length; i++) {
            if (i > 0 && levels[i] <= levels[i - 1]) {
                throw new IllegalArgumentException("levels must be strictly ascending, got " + Arrays.toString(levels));
            }
            if (hits[i] == null || hits[i].length != hits[0].length || hits[i].length == 0) {
                throw new IllegalArgumentException("level " + levels[i] + " must hold the same, non-zero number of"
                        + " images as level " + levels[0]);
            }
        }
        this.levels = levels.clone();
        this.hits = new boolean[hits.length][];
        for (int i = 0; i < hits.length; i++) {
            this.hits[i] = hits[i].clone();
        }
    }

    /**
     * The top-1 hits of {@code grid}'s classifier at every level, {@code degradationAt} giving a
     * level's degradation (e.g. {@code JpegCompression::at}); the grid evaluates each level once.
     */
    public static LevelHits of(ClassifierGrid grid, int[] levels, IntFunction<? extends Degradation> degradationAt) {
        return new LevelHits(levels, Arrays.stream(levels).mapToObj(l -> grid.scores(degradationAt.apply(l)).top1Hits())
                .toArray(boolean[][]::new));
    }

    /** The grid. */
    public int[] levels() {
        return levels.clone();
    }

    /** Number of images. */
    public int images() {
        return hits[0].length;
    }

    /**
     * Records {@link #accuracyAt} of every level, in grid order, as an unpublished row: the curve
     * behind the interval means, which the papers plot rather than print.
     *
     * @param cell the row's cell at a level
     * @param method the pipeline's method id at a level (a restorer chosen per level may differ)
     * @param condition the degradation at a level
     */
    public void recordAccuracyPerLevel(IntFunction<CellKey> cell, String dataset, IntFunction<String> method,
            IntFunction<Condition> condition, String reason) {
        for (int level : levels) {
            CellRecorder.unpublished(accuracyAt(level), cell.apply(level), dataset, method.apply(level),
                    condition.apply(level), reason);
        }
    }

    /** Top-1 at one level of the grid, with its Wilson interval. */
    public Measurement accuracyAt(int level) {
        int row = Arrays.binarySearch(levels, level);
        if (row < 0) {
            throw new IllegalArgumentException("level " + level + " is not on the grid " + Arrays.toString(levels));
        }
        int successes = 0;
        for (boolean h : hits[row]) {
            successes += h ? 1 : 0;
        }
        return new Measurement(MetricId.TOP1,
                WilsonInterval.of(successes, images(), StatisticalConventions.LEVEL), images());
    }

    /** Each image's hit rate over the grid's levels in {@code low..high} (see {@link IntervalMeanAccuracy}). */
    public double[] perImageRates(int low, int high) {
        return IntervalMeanAccuracy.perImageRates(hits, levels, low, high);
    }

    /** The grid's levels in {@code low..high}. */
    public int[] levelsWithin(int low, int high) {
        return Arrays.stream(levels).filter(l -> l >= low && l <= high).toArray();
    }

    /**
     * The interval mean accuracy over the grid's levels in {@code low..high}, with a percentile
     * bootstrap interval over images ({@link StatisticalConventions}).
     */
    public Measurement intervalMean(int low, int high) {
        return StatisticalConventions.bootstrapMean(MetricId.INTERVAL_MEAN_ACCURACY, perImageRates(low, high));
    }
}
