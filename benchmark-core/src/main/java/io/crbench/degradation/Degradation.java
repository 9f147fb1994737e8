package io.crbench.degradation;

import io.crbench.image.Image8;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One point of a degradation grid: what is done to a clean image before a method sees it. A value
 * with a stable {@link #id()} (e.g. {@code jpeg(q=10)}) so it can stand in a parameterized test's
 * display name and in results.jsonl.
 */
public interface Degradation {
    /** Stable id with all settings, e.g. {@code jpeg2(q1=10,q2=30,shift=1)}. */
    String id();

    /** The same settings as {@link #id()}, as data: family, numeric levels, restorer (what a result row records). */
    Condition condition();

    /**
     * The degraded image. Random degradations draw from {@code imageSeed}, so the same image gets
     * the same degradation in every method and every run; deterministic ones ignore it.
     */
    Image8 apply(Image8 clean, long imageSeed);

    /**
     * The part of {@code clean} that {@link #apply}'s output shows, pixel for pixel: what a
     * full-reference metric compares the degraded image with. The clean image itself, except for
     * degradations that crop (e.g. {@link CroppedDoubleJpeg}).
     */
    default Image8 alignedReference(Image8 clean) {
        return clean;
    }

    /**
     * {@link #apply}, with the bits per pixel of the compressed stream when this is a
     * {@link Compression} (NaN otherwise).
     */
    default Degraded degrade(Image8 clean, long imageSeed) {
        return new Degraded(apply(clean, imageSeed), Double.NaN);
    }

    /**
     * {@link #degrade} of every image, image i with {@code imageSeeds[i]}, in parallel; results do
     * not depend on scheduling. Degradations that end in a network ({@link Restored}) override it
     * to run the network on the whole batch at once.
     */
    default List<Degraded> degradeAll(List<Image8> cleans, long[] imageSeeds) {
        ImageSeeds.requireOnePerImage(cleans, imageSeeds);
        return IntStream.range(0, cleans.size()).parallel().mapToObj(i -> degrade(cleans.get(i), imageSeeds[i]))
                .toList();
    }

    /** The images of {@link #degradeAll}. */
    default List<Image8> applyAll(List<Image8> cleans, long[] imageSeeds) {
        return degradeAll(cleans, imageSeeds).stream().map(Degraded::image).toList();
    }

    @Override
    String toString();
}
