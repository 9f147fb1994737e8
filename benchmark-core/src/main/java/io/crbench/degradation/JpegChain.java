package io.crbench.degradation;

import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Multiple compression (seed 002, Table VI): {@code times} JPEG round trips, each at a quality
 * factor drawn uniformly from {@code qualities}. The draws depend only on {@code seed} and the
 * image seed, so every method sees the same chain for the same image.
 *
 * @param times number of compressions, 1..
 * @param qualities the set QFs are drawn from (seed 002: 25, 18, 15, 10, 7)
 * @param seed chain seed, shared by all methods of a suite
 */
public record JpegChain(int times, int[] qualities, long seed) implements Degradation {
    /** Seed 002's QF set. */
    public static final int[] SEED_002_QUALITIES = {25, 18, 15, 10, 7};

    public JpegChain {
        if (times < 1) {
            throw new IllegalArgumentException("a JPEG chain needs at least 1 compression, got " + times);
        }
        if (qualities.length == 0) {
            throw new IllegalArgumentException("a JPEG chain needs a non-empty QF set");
        }
        qualities = qualities.clone();
        for (int q : qualities) {
            JpegCodec.pil(q);
        }
    }

    /** Seed 002's protocol: {@code times} compressions with QFs from {25, 18, 15, 10, 7}. */
    public static JpegChain seed002(int times, long seed) {
        return new JpegChain(times, SEED_002_QUALITIES, seed);
    }

    /** The QFs applied, in order, to the image with {@code imageSeed}. */
    public int[] qualitiesFor(long imageSeed) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + imageSeed);
        int[] chosen = new int[times];
        for (int i = 0; i < times; i++) {
            chosen[i] = qualities[rng.nextInt(qualities.length)];
        }
        return chosen;
    }

    @Override
    public String id() {
        return "jpeg_chain(t=" + times + ",seed=" + seed + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "jpeg_chain").level("t", times);
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        Image8 img = clean;
        for (int q : qualitiesFor(imageSeed)) {
            img = JpegCodec.pil(q).roundTrip(img);
        }
        return img;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JpegChain c && c.times == times && c.seed == seed && Arrays.equals(c.qualities, qualities);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * times + Arrays.hashCode(qualities)) + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return id();
    }
}
