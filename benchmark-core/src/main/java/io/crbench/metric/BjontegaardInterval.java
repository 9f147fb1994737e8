package io.crbench.metric;

import io.crbench.stats.BootstrapInterval;
import io.crbench.stats.Interval;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;

/**
 * A Bjøntegaard delta with a bootstrap interval over images: both codecs' curves are rebuilt from
 * the same resampled images (the comparison is paired, as the codecs compressed the same images),
 * and the delta recomputed. A resample whose curve is not monotone, or whose curves do not
 * overlap, has no delta; then there is no interval either (see
 * {@link BootstrapInterval#ofStatistic}).
 */
public final class BjontegaardInterval {
    private BjontegaardInterval() {
    }

    /**
     * A codec's points measured per image.
     *
     * @param name the codec, for messages
     * @param bitsPerPixel {@code [point][image]} rate of each image at each setting
     * @param quality {@code [point][image]} quality of each image at each setting (a 0/1 top-1 hit,
     *     a PSNR …); the curve's quality is the mean over images
     */
    public record PerImage(String name, double[][] bitsPerPixel, double[][] quality) {
        public PerImage {
            if (bitsPerPixel.length != quality.length || bitsPerPixel.length == 0) {
                throw new IllegalArgumentException("codec " + name + " needs rates and qualities for the same points");
            }
            for (int p = 0; p < quality.length; p++) {
                if (bitsPerPixel[p].length != quality[p].length || quality[p].length != quality[0].length) {
                    throw new IllegalArgumentException("codec " + name + ": every point needs one rate and one quality"
                            + " per image of the same set");
                }
            }
        }

        /** Images per point. */
        public int images() {
            return quality[0].length;
        }

        /** The curve of the mean rate and quality over the images at {@code indices} (repetitions count). */
        public Bjontegaard.Curve curve(int[] indices) {
            double[] rate = new double[quality.length];
            double[] q = new double[quality.length];
            for (int p = 0; p < quality.length; p++) {
                for (int i : indices) {
                    rate[p] += bitsPerPixel[p][i];
                    q[p] += quality[p][i];
                }
                rate[p] /= indices.length;
                q[p] /= indices.length;
            }
            return new Bjontegaard.Curve(name, rate, q);
        }
    }

    /** BD-rate (percent) of {@code test} against {@code anchor}, with its paired bootstrap interval. */
    public static Interval bdRatePercent(PerImage anchor, PerImage test, double level, int resamples, long seed) {
        return of(anchor, test, Bjontegaard::bdRatePercent, level, resamples, seed);
    }

    /**
     * BD-rate (percent) of the {@link Bjontegaard.Curve#monotoneFit isotonic fits} of both curves,
     * in the full sample and in every resample: for a quality such as mean top-1, a bounded and
     * noisy proportion that saturates at high rates, where a dip within sampling noise would
     * otherwise leave rate as a function of quality undefined in many resamples.
     */
    public static Interval bdRatePercentOfMonotoneFits(PerImage anchor, PerImage test, double level, int resamples,
            long seed) {
        return of(anchor, test, (a, t) -> Bjontegaard.bdRatePercent(a.monotoneFit(), t.monotoneFit()), level,
                resamples, seed);
    }

    /** BD-quality of {@code test} against {@code anchor}, with its paired bootstrap interval. */
    public static Interval bdQuality(PerImage anchor, PerImage test, double level, int resamples, long seed) {
        return of(anchor, test, Bjontegaard::bdQuality, level, resamples, seed);
    }

    private static Interval of(PerImage anchor, PerImage test, ToDoubleBiFunction<Bjontegaard.Curve, Bjontegaard.Curve> delta,
            double level, int resamples, long seed) {
        if (anchor.images() != test.images()) {
            throw new IllegalArgumentException("codecs " + anchor.name() + " and " + test.name() + " were measured on "
                    + anchor.images() + " and " + test.images() + " images; a paired interval needs the same images");
        }
        // The estimate is computed outside the bootstrap so that its refusal keeps its own message.
        int[] all = IntStream.range(0, anchor.images()).toArray();
        delta.applyAsDouble(anchor.curve(all), test.curve(all));
        return BootstrapInterval.ofStatistic(anchor.images(), indices -> {
            try {
                return delta.applyAsDouble(anchor.curve(indices), test.curve(indices));
            } catch (IllegalArgumentException undefined) {
                return Double.NaN;
            }
        }, level, resamples, seed);
    }
}
