package io.crbench.degradation;

import io.crbench.codec.IjgQuantTables;
import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;
import java.util.SplittableRandom;

/**
 * One JPEG round trip (PIL defaults, 4:2:0) at a quality factor drawn uniformly from
 * {@code qMin..qMax} per image, as blind restorers are trained (seed 004: random QF 10..90). The
 * draw depends only on {@code seed} and the image seed, so every method and every run sees the
 * same QF for the same image.
 *
 * @param qMin smallest quality factor, 1..100
 * @param qMax largest quality factor, qMin..100
 * @param seed draw seed, shared by all methods of a suite
 */
public record RandomJpeg(int qMin, int qMax, long seed) implements RandomLevel {
    public RandomJpeg {
        IjgQuantTables.requireQuality(qMin);
        IjgQuantTables.requireQuality(qMax);
        if (qMin > qMax) {
            throw new IllegalArgumentException("QF range must have qMin <= qMax, got " + qMin + ".." + qMax);
        }
    }

    /** The QF applied to the image with {@code imageSeed}. */
    public int qualityFor(long imageSeed) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + imageSeed);
        return qMin + rng.nextInt(qMax - qMin + 1);
    }

    /** The QF applied to the image with {@code imageSeed}, as {@link #qualityFor}. */
    @Override
    public int levelFor(long imageSeed) {
        return qualityFor(imageSeed);
    }

    @Override
    public String id() {
        return "jpeg(q=" + qMin + ".." + qMax + ",seed=" + seed + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "jpeg").range("q", qMin, qMax);
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        return JpegCodec.pil(qualityFor(imageSeed)).roundTrip(clean);
    }

    @Override
    public String toString() {
        return id();
    }
}
