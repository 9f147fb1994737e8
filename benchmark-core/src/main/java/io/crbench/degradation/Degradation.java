package io.crbench.degradation;

import io.crbench.image.Image8;

/**
 * One point of a degradation grid: what is done to a clean image before a method sees it. A value
 * with a stable {@link #id()} (e.g. {@code jpeg(q=10)}) so it can stand in a parameterized test's
 * display name and in results.jsonl.
 */
public interface Degradation {
    /** Stable id with all settings, e.g. {@code jpeg2(q1=10,q2=30,shift=1)}. */
    String id();

    /**
     * The degraded image. Random degradations draw from {@code imageSeed}, so the same image gets
     * the same degradation in every method and every run; deterministic ones ignore it.
     */
    Image8 apply(Image8 clean, long imageSeed);

    @Override
    String toString();
}
