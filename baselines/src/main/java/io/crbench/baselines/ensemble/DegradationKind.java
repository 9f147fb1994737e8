package io.crbench.baselines.ensemble;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.GaussianNoise;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.RandomGaussianNoise;
import io.crbench.degradation.RandomJpeg;
import io.crbench.degradation.RandomLevel;
import io.crbench.experiment.Scale;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The two degradations of seed 003, each a family of levels: JPEG (PIL) at quality factor 1..100
 * (§4.1, Tables 3 and 4) and additive Gaussian noise at σ 0..50 on the 8-bit scale (§4.5, Table
 * 6). Training draws a level uniformly from the whole range per image; evaluation sweeps a grid
 * of levels and averages accuracy over the tables' intervals.
 */
public enum DegradationKind {
    /** JPEG at QF 1..100; a higher QF is a milder degradation. */
    JPEG("jpeg", "QF", "Cla(jpg)", 1, 100, true),
    /** Gaussian noise at σ 0..50; a higher σ is a stronger degradation. */
    GAUSSIAN("gauss", "sigma", "Cla(Gauss)", 0, 50, false);

    private final String id;
    private final String levelName;
    private final String degradedClassifierColumn;
    private final int minLevel;
    private final int maxLevel;
    private final boolean higherIsMilder;

    DegradationKind(String id, String levelName, String degradedClassifierColumn, int minLevel, int maxLevel,
            boolean higherIsMilder) {
        this.id = id;
        this.levelName = levelName;
        this.degradedClassifierColumn = degradedClassifierColumn;
        this.minLevel = minLevel;
        this.maxLevel = maxLevel;
        this.higherIsMilder = higherIsMilder;
    }

    /** Short id for model names and rows, {@code jpeg} or {@code gauss}. */
    public String id() {
        return id;
    }

    /** What a level is called: {@code QF} or {@code sigma}. */
    public String levelName() {
        return levelName;
    }

    /** The published tables' column of the classifier trained on degraded images: Cla(jpg) or Cla(Gauss). */
    public String degradedClassifierColumn() {
        return degradedClassifierColumn;
    }

    /** Smallest level of the family. */
    public int minLevel() {
        return minLevel;
    }

    /** Largest level of the family. */
    public int maxLevel() {
        return maxLevel;
    }

    /** The degradation at one level, e.g. {@code jpeg(q=10)} or {@code gauss(sigma=20)}. */
    public Degradation at(int level) {
        if (level < minLevel || level > maxLevel) {
            throw new IllegalArgumentException(levelName + " " + level + " is outside " + minLevel + ".." + maxLevel);
        }
        return this == JPEG ? JpegCompression.at(level) : new GaussianNoise(level);
    }

    /** The training degradation: a level drawn uniformly from the whole range per image. */
    public RandomLevel random(long seed) {
        return this == JPEG ? new RandomJpeg(minLevel, maxLevel, seed) : new RandomGaussianNoise(minLevel, maxLevel, seed);
    }

    /** A level scaled to [0, 1] by the range's maximum (QF/100, σ/50): the level estimator's target. */
    public float normalised(int level) {
        return (float) level / maxLevel;
    }

    /**
     * The levels evaluated. {@link Scale#PAPER}: every level, as the paper. {@link Scale#CI}:
     * JPEG QF 3, 8, …, 98 (every 5th, four per 20-QF interval, centred on each interval's middle);
     * σ 1, 5, …, 49 (every 4th, two or three per 10-σ interval, centred within half a level). An
     * interval mean is then the mean over the grid's levels inside the interval.
     */
    public int[] grid(Scale scale) {
        if (scale == Scale.PAPER) {
            return IntStream.rangeClosed(minLevel, maxLevel).toArray();
        }
        return this == JPEG
                ? IntStream.iterate(3, q -> q <= maxLevel, q -> q + 5).toArray()
                : IntStream.iterate(1, s -> s <= maxLevel, s -> s + 4).toArray();
    }

    /** The rows of the published table, in printed order: five sub-ranges, then the whole range. */
    public List<LevelInterval> intervals() {
        return this == JPEG
                ? List.of(new LevelInterval(1, 20), new LevelInterval(21, 40), new LevelInterval(41, 60),
                        new LevelInterval(61, 80), new LevelInterval(81, 100), new LevelInterval(1, 100))
                : List.of(new LevelInterval(0, 10), new LevelInterval(11, 20), new LevelInterval(21, 30),
                        new LevelInterval(31, 40), new LevelInterval(41, 50), new LevelInterval(0, 50));
    }

    /** The sub-range of the strongest degradation: QF 1..20, σ 41..50. */
    public LevelInterval strongest() {
        return higherIsMilder ? intervals().get(0) : intervals().get(4);
    }

    /** The sub-range of the mildest degradation: QF 81..100, σ 0..10. */
    public LevelInterval mildest() {
        return higherIsMilder ? intervals().get(4) : intervals().get(0);
    }

    /** The whole range: QF 1..100, σ 0..50. */
    public LevelInterval whole() {
        return intervals().get(5);
    }

    /** The condition of an interval's rows, e.g. {@code jpeg(q=1..20)} or {@code gauss(sigma=0..10)}. */
    public Condition interval(LevelInterval interval) {
        return this == JPEG ? JpegCompression.interval(interval.low(), interval.high())
                : GaussianNoise.interval(interval.low(), interval.high());
    }
}
