package io.crbench.degradation;

/**
 * A degradation whose strength (a JPEG quality factor, a noise σ) is drawn per image from a
 * range, as blind restorers and degradation-level estimators are trained. The draw depends only
 * on the degradation's seed and the image seed, so whoever holds the image seed can tell which
 * level an image got: the label a level estimator learns.
 */
public interface RandomLevel extends Degradation {
    /** The level applied to the image with {@code imageSeed}. */
    int levelFor(long imageSeed);
}
