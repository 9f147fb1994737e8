package io.crbench.degradation;

import java.util.List;

/** The check every batch of a {@link Degradation} makes: one image seed per clean image. */
final class ImageSeeds {
    private ImageSeeds() {
    }

    static void requireOnePerImage(List<?> cleans, long[] imageSeeds) {
        if (cleans.size() != imageSeeds.length) {
            throw new IllegalArgumentException("need one image seed per image, got " + imageSeeds.length + " for "
                    + cleans.size() + " images");
        }
    }
}
