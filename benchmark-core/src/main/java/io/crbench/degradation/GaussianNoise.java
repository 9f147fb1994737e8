package io.crbench.degradation;

import io.crbench.image.FloatImage;
import io.crbench.image.Image8;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Additive white Gaussian noise of standard deviation {@code sigma} on the 8-bit scale (seed 003).
 *
 * <p>Clipping is explicit because it matters: seed 003's Table 5 CPSNRs are those of unclipped
 * noise (20·log10(255/σ) to the printed digit), while anything a codec or 8-bit classifier input
 * sees must be clipped and rounded. {@link #noisy} gives the unclipped real-valued image,
 * {@link #apply} the clipped and rounded one.
 *
 * @param sigma noise standard deviation, 0..255
 */
public record GaussianNoise(double sigma) implements Degradation {
    public GaussianNoise {
        if (!(sigma >= 0 && sigma <= 255)) {
            throw new IllegalArgumentException("noise sigma must be in 0..255 (8-bit scale), got " + sigma);
        }
    }

    /** The unclipped, unrounded noisy image: clean + σ·N(0,1) per sample, drawn from {@code imageSeed}. */
    public FloatImage noisy(Image8 clean, long imageSeed) {
        SplittableRandom rng = new SplittableRandom(imageSeed);
        int n = clean.pixelCount() * clean.channels();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = clean.sampleAt(i) + sigma * gaussian(rng);
        }
        return FloatImage.of(clean.width(), clean.height(), clean.channels(), s);
    }

    /** The noisy image clipped to 0..255 and rounded. */
    /**
     * Each image's mean squared error between its unclipped noisy version ({@link #noisy}, image i
     * drawn with seed i) and itself: the noise model seed 003's Table 5 prints.
     */
    public double[] unclippedMse(List<Image8> clean) {
        return IntStream.range(0, clean.size()).parallel()
                .mapToDouble(i -> noisy(clean.get(i), i).meanSquaredErrorTo(clean.get(i))).toArray();
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        return noisy(clean, imageSeed).toImage8();
    }

    /** Marsaglia's polar method: exact N(0,1) from uniform draws, independent of JDK versions. */
    private static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    @Override
    public String id() {
        return "gauss(sigma=" + formatSigma() + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "gauss").level("sigma", sigma);
    }

    /** The id of the unclipped variant, as written for seed 003's Table 5. */
    public String unclippedId() {
        return "gauss(sigma=" + formatSigma() + ",clip=none)";
    }

    /**
     * The condition of a cell aggregated over noise at every σ from {@code low} to {@code high}:
     * {@code gauss(sigma=low..high)}, σ spanning the interval.
     */
    public static Condition interval(int low, int high) {
        return Condition.of("gauss(sigma=" + low + ".." + high + ")", "gauss").range("sigma", low, high);
    }

    /** The condition of the unclipped variant, under {@link #unclippedId()}. */
    public Condition unclippedCondition() {
        return condition().withId(unclippedId());
    }

    private String formatSigma() {
        return sigma == Math.rint(sigma) ? Long.toString((long) sigma) : Double.toString(sigma);
    }

    @Override
    public String toString() {
        return id();
    }
}
