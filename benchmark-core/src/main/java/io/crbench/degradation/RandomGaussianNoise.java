package io.crbench.degradation;

import io.crbench.image.Image8;
import java.util.SplittableRandom;

/**
 * Additive Gaussian noise, clipped and rounded to 8 bits ({@link GaussianNoise#apply}), with an
 * integer σ drawn uniformly from {@code sigmaMin..sigmaMax} per image: seed 003's training
 * degradation for its noise experiment (σ 0..50). The σ draw depends only on {@code seed} and the
 * image seed; the noise itself is drawn from the image seed, as {@link GaussianNoise} does.
 *
 * @param sigmaMin smallest σ, 0..255
 * @param sigmaMax largest σ, sigmaMin..255
 * @param seed draw seed
 */
public record RandomGaussianNoise(int sigmaMin, int sigmaMax, long seed) implements RandomLevel {
    public RandomGaussianNoise {
        if (sigmaMin < 0 || sigmaMax > 255 || sigmaMin > sigmaMax) {
            throw new IllegalArgumentException("noise σ range must satisfy 0 <= min <= max <= 255, got " + sigmaMin
                    + ".." + sigmaMax);
        }
    }

    @Override
    public int levelFor(long imageSeed) {
        // Mixed like RandomJpeg's draw, so σ and the noise (seeded by the image seed alone) are independent.
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + imageSeed);
        return sigmaMin + rng.nextInt(sigmaMax - sigmaMin + 1);
    }

    @Override
    public String id() {
        return "gauss(sigma=" + sigmaMin + ".." + sigmaMax + ",seed=" + seed + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "gauss").range("sigma", sigmaMin, sigmaMax);
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        return new GaussianNoise(levelFor(imageSeed)).apply(clean, imageSeed);
    }

    @Override
    public String toString() {
        return id();
    }
}
