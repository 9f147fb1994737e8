package io.crbench.metric;

import io.crbench.stats.Pchip;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Bjøntegaard deltas between two rate–quality curves (VCEG-M33), with the piecewise cubic Hermite
 * interpolation of the JCT-VC/JVET common-test-condition sheets instead of the 2001 cubic
 * polynomial, which overshoots on curves like accuracy against bitrate:
 * <ul>
 *   <li>{@link #bdRatePercent}: the mean bitrate change of {@code test} against {@code anchor} at
 *       equal quality, in percent (negative = test needs fewer bits): {@code log10(rate)} as a PCHIP
 *       function of quality, averaged over the overlap of the two quality ranges, {@code (10^Δ − 1)·100};</li>
 *   <li>{@link #bdQuality}: the mean quality change at equal rate (BD-PSNR, or BD-accuracy when the
 *       quality is top-1): quality as a PCHIP function of {@code log10(rate)}, averaged over the
 *       overlap of the two log-rate ranges.</li>
 * </ul>
 * BD-rate needs each curve's quality to rise strictly with rate (rate is read as a function of
 * quality); BD-quality only needs distinct rates, so it exists for a noisy accuracy curve with a
 * small dip. Both refuse curves whose ranges do not overlap: there is no average difference to take.
 */
public final class Bjontegaard {
    private Bjontegaard() {
    }

    /**
     * Measured points of one codec: mean bits per pixel and mean quality per setting.
     *
     * @param name the codec, for messages
     * @param bitsPerPixel rate of each point, positive
     * @param quality quality of each point (PSNR, SSIM, top-1 …)
     */
    public record Curve(String name, double[] bitsPerPixel, double[] quality) {
        public Curve {
            if (bitsPerPixel.length != quality.length || bitsPerPixel.length < 2) {
                throw new IllegalArgumentException("curve " + name + " needs at least two points with a rate and a"
                        + " quality each, got " + bitsPerPixel.length + " rates and " + quality.length + " qualities");
            }
            for (int i = 0; i < bitsPerPixel.length; i++) {
                if (!(bitsPerPixel[i] > 0) || !Double.isFinite(bitsPerPixel[i]) || !Double.isFinite(quality[i])) {
                    throw new IllegalArgumentException("curve " + name + ": point " + i + " has rate " + bitsPerPixel[i]
                            + " and quality " + quality[i] + "; rates must be positive and both finite");
                }
            }
            bitsPerPixel = bitsPerPixel.clone();
            quality = quality.clone();
        }

        /**
         * The isotonic fit of this curve (pool-adjacent-violators on quality in order of rate):
         * each run of points whose quality does not rise is pooled into one point at the mean of
         * its qualities and the geometric mean of its rates, so quality rises strictly and
         * rate as a function of quality exists. A curve that already rises is returned unchanged;
         * one that never rises pools into a single point and is refused.
         */
        public Curve monotoneFit() {
            Integer[] byRate = order(false);
            double[] logRate = logRates(byRate);
            double[] q = qualities(byRate);
            int blocks = 0;
            double[] sumQ = new double[q.length];
            double[] sumLogRate = new double[q.length];
            int[] size = new int[q.length];
            for (int i = 0; i < q.length; i++) {
                sumQ[blocks] = q[i];
                sumLogRate[blocks] = logRate[i];
                size[blocks] = 1;
                blocks++;
                while (blocks > 1 && sumQ[blocks - 1] / size[blocks - 1] <= sumQ[blocks - 2] / size[blocks - 2]) {
                    sumQ[blocks - 2] += sumQ[blocks - 1];
                    sumLogRate[blocks - 2] += sumLogRate[blocks - 1];
                    size[blocks - 2] += size[blocks - 1];
                    blocks--;
                }
            }
            double[] rates = new double[blocks];
            double[] qualities = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                rates[b] = Math.pow(10, sumLogRate[b] / size[b]);
                qualities[b] = sumQ[b] / size[b];
            }
            if (blocks == q.length) {
                return this;
            }
            return new Curve(name + " (isotonic fit)", rates, qualities);
        }

        /**
         * Point indices by increasing rate; refuses equal rates, and, when {@code qualityRises},
         * a quality that does not rise with rate (rate as a function of quality needs it).
         */
        private Integer[] order(boolean qualityRises) {
            Integer[] order = IntStream.range(0, bitsPerPixel.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> bitsPerPixel[i]));
            for (int k = 1; k < order.length; k++) {
                int a = order[k - 1];
                int b = order[k];
                if (!(bitsPerPixel[b] > bitsPerPixel[a]) || (qualityRises && !(quality[b] > quality[a]))) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "curve %s is not strictly monotone:"
                            + " (%.6g bpp, %.6g) then (%.6g bpp, %.6g); Bjøntegaard deltas need quality rising with"
                            + " rate for BD-rate, and distinct rates for BD-quality", name, bitsPerPixel[a], quality[a],
                            bitsPerPixel[b], quality[b]));
                }
            }
            return order;
        }

        private double[] logRates(Integer[] order) {
            return Arrays.stream(order).mapToDouble(i -> Math.log10(bitsPerPixel[i])).toArray();
        }

        private double[] qualities(Integer[] order) {
            return Arrays.stream(order).mapToDouble(i -> quality[i]).toArray();
        }
    }

    /** BD-rate of {@code test} against {@code anchor}, in percent. */
    public static double bdRatePercent(Curve anchor, Curve test) {
        Integer[] a = anchor.order(true);
        Integer[] t = test.order(true);
        double mean = meanDifference(anchor.qualities(a), anchor.logRates(a), test.qualities(t), test.logRates(t),
                anchor, test, "quality");
        return (Math.pow(10, mean) - 1) * 100;
    }

    /** BD-quality (BD-PSNR, BD-accuracy) of {@code test} against {@code anchor}, in the quality's unit. */
    public static double bdQuality(Curve anchor, Curve test) {
        Integer[] a = anchor.order(false);
        Integer[] t = test.order(false);
        return meanDifference(anchor.logRates(a), anchor.qualities(a), test.logRates(t), test.qualities(t), anchor, test,
                "log-rate");
    }

    /** Mean of test(x) − anchor(x) over the overlap of the x ranges; x ascending in both. */
    private static double meanDifference(double[] xa, double[] ya, double[] xt, double[] yt, Curve anchor, Curve test,
            String axis) {
        double lo = Math.max(xa[0], xt[0]);
        double hi = Math.min(xa[xa.length - 1], xt[xt.length - 1]);
        if (!(hi > lo)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the %s ranges of %s [%.6g, %.6g] and %s"
                    + " [%.6g, %.6g] do not overlap, so no Bjøntegaard delta exists; extend the rate ladders", axis,
                    anchor.name(), xa[0], xa[xa.length - 1], test.name(), xt[0], xt[xt.length - 1]));
        }
        return (Pchip.through(xt, yt).integral(lo, hi) - Pchip.through(xa, ya).integral(lo, hi)) / (hi - lo);
    }
}
